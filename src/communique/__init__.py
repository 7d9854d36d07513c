"""communique: news articles in, a source-linked record of who did what to whom, when and where out."""

__version__ = "0.1.0"
