from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    name = "plugins.benchmarks"
    label = "trust_benchmarks"
    verbose_name = "Benchmarks"
