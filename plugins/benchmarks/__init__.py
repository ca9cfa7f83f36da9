"""Benchmarks: the scale builder, the API and search benchmarks and the load
test, in one place. Commands only (no models, no URLs the project mounts), so
the app is harmless in production; it sits above every other layer and may
measure any of them."""
