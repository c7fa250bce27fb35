"""Benchmarks for mcp-memory (run as modules: ``python -m bench.quality``)."""
