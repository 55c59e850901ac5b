"""Word lists and patterns, one module per language and area: nothing language-specific lives elsewhere."""
