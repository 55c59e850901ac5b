"""timeline: political news articles in, timelines out."""
__version__ = "0.1.0"
