"""The package's version, in a module of its own so that exporters can name it without importing
the package root (which imports the whole library API)."""
__version__ = "0.1.0"
