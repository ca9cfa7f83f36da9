import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests import factories


@pytest.fixture
def republished_policy(section_indexes):
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="License-plate readers",
        body=[
            factories.section(
                "1", "Purpose", "We use plate readers to find stolen cars."
            ),
            factories.section("2", "Retention", "Data is kept for 60 days."),
        ],
    )
    policy.save_revision().publish()
    policy.body = [
        factories.section("1", "Purpose", "We use plate readers to find stolen cars."),
        factories.section("2", "Retention", "Data is kept for 30 days, then deleted."),
        factories.section("3", "Audits", "The records unit audits searches monthly."),
    ]
    policy.version_kind = "major"
    policy.change_note = "Retention cut from 60 to 30 days; monthly audits added."
    policy.save_revision().publish()
    return policy


@pytest.fixture
def roles(db, client, django_user_model):
    """A client signed in as each of the agency's roles, by name."""
    call_command("setup_agency", stdout=io.StringIO())

    def signed_in(*groups):
        user = django_user_model.objects.create_user("-".join(groups), password="x")
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        client.force_login(user)
        return client

    return signed_in
