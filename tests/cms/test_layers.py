"""The layers' contracts in pyproject.toml hold, ``make lint`` checks them, and
the linter sees the project's real imports: with policies and FAQs swapped, or
declared independent, the policies' import of FAQ blocks breaks the contract."""

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(*args):
    return subprocess.run(  # noqa: S603
        [LINT_IMPORTS, "--no-cache", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def lint_one_contract(tmp_path, **contract):
    """lint-imports with ``contract`` as its only contract, over the project."""
    config = tmp_path / "contract.toml"
    lines = [
        "[tool.importlinter]",
        'root_packages = ["cms", "blocks", "plugins"]',
        "[[tool.importlinter.contracts]]",
        # Strings and lists of strings are written alike in JSON and TOML.
        *(f"{key} = {json.dumps(value)}" for key, value in contract.items()),
    ]
    config.write_text("\n".join(lines) + "\n")
    return lint_imports(str(config))


def project_config():
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["importlinter"]


def test_the_contracts_are_kept_and_make_lint_checks_them():
    result = lint_imports()
    assert result.returncode == 0, result.stdout
    names = [contract["name"] for contract in project_config()["contracts"]]
    assert len(names) == 5
    for name in names:
        assert f"{name} KEPT" in result.stdout
    lint = (ROOT / "Makefile").read_text().split("\nlint:")[1].split("\n\n")[0]
    assert "$(BIN)/lint-imports" in lint


def test_an_import_against_the_layers_breaks_the_contract(tmp_path):
    layers = project_config()["contracts"][0]
    swapped = [
        "plugins.faqs" if layer == "plugins.policies" else layer
        for layer in layers["layers"]
    ]
    swapped[swapped.index("plugins.transparency | plugins.faqs")] = (
        "plugins.transparency | plugins.policies"
    )
    result = lint_one_contract(tmp_path, name="swapped", type="layers", layers=swapped)
    assert result.returncode == 1
    assert "plugins.policies is not allowed to import plugins.faqs" in result.stdout
    assert "plugins.policies.blocks -> plugins.faqs.blocks" in result.stdout


def test_a_forbidden_contract_counts_indirect_paths(tmp_path):
    # No contract allows indirect imports: forbidding community the FAQs
    # would break on its path through the policies' FAQ blocks.
    result = lint_one_contract(
        tmp_path,
        name="community without FAQs",
        type="forbidden",
        source_modules=["plugins.community"],
        forbidden_modules=["plugins.faqs"],
    )
    assert result.returncode == 1
    assert "plugins.community is not allowed to import plugins.faqs" in result.stdout
    assert "plugins.policies.blocks -> plugins.faqs.blocks" in result.stdout
    for contract in project_config()["contracts"]:
        assert "allow_indirect_imports" not in contract
        assert "ignore_imports" not in contract


def test_an_independence_contract_breaks_on_a_real_relation(tmp_path):
    # Policies embed FAQ blocks: declaring them independent must fail.
    result = lint_one_contract(
        tmp_path,
        name="policies apart from FAQs",
        type="independence",
        modules=["plugins.policies", "plugins.faqs"],
    )
    assert result.returncode == 1
    assert "plugins.policies is not allowed to import plugins.faqs" in result.stdout
    independence = [
        contract
        for contract in project_config()["contracts"]
        if contract["type"] == "independence"
    ]
    assert [contract["modules"] for contract in independence] == [
        ["plugins.faqs", "plugins.transparency"],
        ["plugins.community", "plugins.stories", "plugins.tips"],
    ]
