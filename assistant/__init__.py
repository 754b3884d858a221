"""BackTalk: an education-only chat assistant about low back pain, grounded in a cited knowledge base."""

__version__ = "0.1.0"
