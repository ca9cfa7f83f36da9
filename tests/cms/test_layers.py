"""The layers' contracts in pyproject.toml hold, ``make lint`` checks them, and
the linter sees the project's real imports: with policies and FAQs swapped, or
declared independent, the policies' import of FAQ blocks breaks the contract."""

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
    config = tmp_path / "layers.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_packages = ["cms", "blocks", "plugins"]\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "swapped"\n'
        'type = "layers"\n'
        f"layers = {swapped!r}\n"
    )
    result = lint_imports(str(config))
    assert result.returncode == 1
    assert "plugins.policies is not allowed to import plugins.faqs" in result.stdout
    assert "plugins.policies.blocks -> plugins.faqs.blocks" in result.stdout


def test_a_forbidden_contract_counts_indirect_paths(tmp_path):
    # No contract allows indirect imports: forbidding community the FAQs
    # would break on its path through the policies' FAQ blocks.
    config = tmp_path / "forbidden.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_packages = ["cms", "blocks", "plugins"]\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "community without FAQs"\n'
        'type = "forbidden"\n'
        'source_modules = ["plugins.community"]\n'
        'forbidden_modules = ["plugins.faqs"]\n'
    )
    result = lint_imports(str(config))
    assert result.returncode == 1
    assert "plugins.community is not allowed to import plugins.faqs" in result.stdout
    assert "plugins.policies.blocks -> plugins.faqs.blocks" in result.stdout
    for contract in project_config()["contracts"]:
        assert "allow_indirect_imports" not in contract
        assert "ignore_imports" not in contract


def test_an_independence_contract_breaks_on_a_real_relation(tmp_path):
    # Policies embed FAQ blocks: declaring them independent must fail.
    config = tmp_path / "independence.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_packages = ["cms", "blocks", "plugins"]\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "policies apart from FAQs"\n'
        'type = "independence"\n'
        'modules = ["plugins.policies", "plugins.faqs"]\n'
    )
    result = lint_imports(str(config))
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
