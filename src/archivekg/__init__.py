"""archivekg: a knowledge-graph builder for declassified diplomatic records."""

__version__ = "0.1.0"
