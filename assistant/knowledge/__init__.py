"""Loading sources, cleaning noisy web text, and chunking into `Chunk`s with stable ids."""
