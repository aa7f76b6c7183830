"""Stage 1: path -> Document. Placeholder until the readers land."""
