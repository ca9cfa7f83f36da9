"""Store examples for the OpenAPI document from the API's real responses.

``make openapi-examples`` runs it on the demo content; see
``plugins.headless.openapi_examples``.
"""

import json

from django.core.management.base import BaseCommand
from django.test import Client, override_settings

from plugins.headless import openapi_examples

# As production serves: any host name, no debug pages.
SERVING = {"DEBUG": False, "ALLOWED_HOSTS": ["*"], "CMS_API_URL": ""}


class Command(BaseCommand):
    help = "Store an example of each API response schema, from real responses."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(openapi_examples.EXAMPLES_FILE),
            help="Where to write the examples (JSON).",
        )

    def handle(self, *args, output, **options):
        client = Client()
        with override_settings(**SERVING):
            response = client.get("/api/v1/openapi.json")
            if response.status_code != 200:
                raise SystemExit(f"The document answered {response.status_code}.")
            examples = openapi_examples.collect(client, response.json())
        with open(output, "w", encoding="utf-8") as file:
            json.dump(examples, file, ensure_ascii=False, indent=1, sort_keys=True)
            file.write("\n")
        self.stdout.write(f"{len(examples)} examples written to {output}.")
