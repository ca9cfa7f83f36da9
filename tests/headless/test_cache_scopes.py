"""Every cache scope that is read is invalidated by name somewhere.

A response or value cached under a scope that nothing invalidates by name is
kept until a change invalidates everything, or its timeout: a stale answer
that no test of a single change would notice. These tests read the source of
``plugins/`` and ``cms/`` (with ``ast``, nothing is run) and find where each
scope of ``plugins.headless.scopes`` is named:

* it is *invalidated* where it is named inside ``invalidate(...)``, or inside
  a function that calls ``invalidate`` or whose result feeds one (such as
  ``invalidation.page_scopes``), or a function those call;
* it is *read* anywhere else (``cached_response``, ``cached_value``,
  ``process_value``, ``read_response``, ``extra_scopes``, a list of them).

A scope spelled as a bare string where scopes are passed counts as well, so
that a made-up one is caught, and is reported on its own: scopes are named
from ``plugins.headless.scopes``.
"""

import ast
from pathlib import Path
from typing import NamedTuple

from plugins.headless import scopes

ROOT = Path(__file__).resolve().parents[2]
VOCABULARY_MODULE = "plugins.headless.scopes"
# Where the scopes a call depends on are passed: argument index, or keyword.
READERS = {
    "cached_response": 1,
    "cached_value": 2,
    "process_value": 2,
    "read_response": 0,
}
INVALIDATE = "invalidate"
SCOPE_KEYWORDS = {"scopes", "extra_scopes"}


def vocabulary():
    """{name: scope} of every scope, a family (``for_type``) as its
    pattern (``type:*``)."""
    named = {name: value for name, value in vars(scopes).items() if name.isupper()}
    families = {
        name: value("*")
        for name, value in vars(scopes).items()
        if name.startswith("for_") and callable(value)
    }
    return {**named, **families}


class Use(NamedTuple):
    scope: str
    where: str
    invalidates: bool
    bare: bool


def call_name(call):
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def parents_of(tree):
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def ancestors(node, parents):
    while node in parents:
        node = parents[node]
        yield node


def vocabulary_names(tree):
    """The names this module gives the vocabulary: module aliases, and
    {local name: vocabulary name} of what it imports from it."""
    modules, names = set(), {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == VOCABULARY_MODULE:
            names.update({a.asname or a.name: a.name for a in node.names})
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if f"{node.module}.{alias.name}" == VOCABULARY_MODULE:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules.update(
                a.asname for a in node.names if a.name == VOCABULARY_MODULE and a.asname
            )
    return modules, names


def named_scope(node, modules, names):
    """The vocabulary name ``node`` refers to (``scopes.SEARCH``,
    ``scopes.for_type(...)``, an imported ``GLOBAL``), or None."""
    if isinstance(node, ast.Call):
        node = node.func
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in modules
    ):
        return node.attr
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        return names.get(node.id)
    return None


def bare_scope(node, parents):
    """The scope a string literal spells (an f-string as its pattern,
    ``f"type:{name}"`` as ``type:*``), or None."""
    if isinstance(node, ast.JoinedStr):
        prefix = ""
        for part in node.values:
            if not isinstance(part, ast.Constant):
                return prefix + "*"
            prefix += str(part.value)
        return prefix
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and not isinstance(parents.get(node), ast.JoinedStr)
    ):
        return node.value
    return None


def local_functions(tree):
    return {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def direct_scope_arguments(call):
    """What ``call`` passes as scopes, if it is a reader, ``invalidate`` or
    has a ``scopes=``/``extra_scopes=`` keyword."""
    name = call_name(call)
    if name == INVALIDATE:
        passed = list(call.args)
    elif name in READERS and len(call.args) > READERS[name]:
        passed = [call.args[READERS[name]]]
    else:
        passed = []
    return passed + [k.value for k in call.keywords if k.arg in SCOPE_KEYWORDS]


def scope_parameters(functions):
    """{local function: positions of the parameters it passes on as scopes}
    (``resolve_or_404(request, name, read_under, ...)``)."""
    found = {}
    for name, function in functions.items():
        passed_on = {
            arg.id
            for call in ast.walk(function)
            if isinstance(call, ast.Call)
            for arg in direct_scope_arguments(call)
            if isinstance(arg, ast.Name)
        }
        parameters = [a.arg for a in function.args.args]
        found[name] = [i for i, p in enumerate(parameters) if p in passed_on]
    return found


def scope_arguments(tree, functions):
    """The expressions that pass scopes: to a reader, to ``invalidate``, as
    ``scopes=``/``extra_scopes=``, to a local function that passes them on,
    and what a name passed there was assigned."""
    positions = scope_parameters(functions)
    passed = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        passed += direct_scope_arguments(call)
        for i in positions.get(call_name(call), []):
            passed += call.args[i : i + 1]
    names = {n.id for n in passed if isinstance(n, ast.Name)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in names for t in node.targets
        ):
            passed.append(node.value)
    return passed


def invalidating_functions(tree, functions):
    """Functions whose scopes are invalidated: those that call ``invalidate``,
    those whose result is passed to it, and the local functions they call."""
    found = set()
    for function in functions.values():
        calls = [n for n in ast.walk(function) if isinstance(n, ast.Call)]
        if any(call_name(call) == INVALIDATE for call in calls):
            found.add(function.name)
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        if call_name(call) == INVALIDATE:
            found |= {
                call_name(n)
                for arg in call.args
                for n in ast.walk(arg)
                if isinstance(n, ast.Call) and call_name(n) in functions
            }
    todo = list(found)
    while todo:
        for node in ast.walk(functions[todo.pop()]):
            callee = call_name(node) if isinstance(node, ast.Call) else None
            if callee in functions and callee != INVALIDATE and callee not in found:
                found.add(callee)
                todo.append(callee)
    return found


def uses_in(source, path, words=None):
    """Every scope ``source`` names (of ``words``, by default the
    vocabulary), where, and whether it invalidates it."""
    tree = ast.parse(source)
    parents = parents_of(tree)
    modules, names = vocabulary_names(tree)
    words = words or vocabulary()
    functions = local_functions(tree)
    invalidating = invalidating_functions(tree, functions)

    def invalidates(node):
        child = node
        for above in ancestors(node, parents):
            if (
                isinstance(above, ast.Call)
                and call_name(above) == INVALIDATE
                and child in above.args
            ):
                return True
            if isinstance(above, ast.FunctionDef) and above.name in invalidating:
                return True
            child = above
        return False

    uses = []
    for node in ast.walk(tree):
        name = named_scope(node, modules, names)
        parent = parents.get(node)
        # ``scopes.for_type(...)`` is met twice: as a call, and as its function.
        if name in words and not (isinstance(parent, ast.Call) and parent.func is node):
            where = f"{path}:{node.lineno}"
            uses.append(Use(words[name], where, invalidates(node), False))
    for expression in scope_arguments(tree, functions):
        for node in ast.walk(expression):
            spelled = bare_scope(node, parents)
            parent = parents.get(node)
            if isinstance(parent, ast.Call) and named_scope(parent, modules, names):
                continue  # the type name in ``scopes.for_type("faq")``
            if spelled is not None:
                where = f"{path}:{node.lineno}"
                uses.append(Use(spelled, where, invalidates(node), True))
    return uses


def covers(invalidated, scope):
    if invalidated.endswith("*"):
        return scope.startswith(invalidated[:-1])
    return invalidated == scope


def never_invalidated(uses, words):
    """{scope: where it is read} of every scope of the vocabulary or read in
    ``uses`` that no use invalidates."""
    invalidated = {use.scope for use in uses if use.invalidates}
    reads = {}
    for use in uses:
        if not use.invalidates:
            reads.setdefault(use.scope, []).append(use.where)
    return {
        scope: reads.get(scope, [])
        for scope in set(words.values()) | set(reads)
        if not any(covers(done, scope) for done in invalidated)
    }


def project_uses():
    uses = []
    for folder in ("plugins", "cms"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative == "plugins/headless/scopes.py":
                continue
            uses += uses_in(path.read_text(encoding="utf-8"), relative)
    return uses


def test_every_scope_read_is_invalidated_by_name():
    assert never_invalidated(project_uses(), vocabulary()) == {}


def test_every_scope_of_the_vocabulary_is_read():
    read = {use.scope for use in project_uses() if not use.invalidates}
    assert set(vocabulary().values()) - read == set()


def test_scopes_are_named_from_the_vocabulary_not_spelled():
    bare = [f"{use.where} {use.scope!r}" for use in project_uses() if use.bare]
    assert bare == []


# The checker itself: what it must find in a made-up module ------------------

MADE_UP = """
from plugins.headless import caching, scopes


def view(request):
    return caching.cached_response(request, [scopes.MADE_UP, scopes.SEARCH], build)


def value(request):
    return caching.cached_value(request, "x", ["made-up-too"], compute)


def search_changed():
    caching.invalidate(scopes.SEARCH)


def resolve(request, name, read_under):
    return caching.cached_value(request, name, read_under, compute)


def found(request):
    return resolve(request, "y", ["made-up-three"])
"""


def test_a_scope_only_read_is_reported():
    words = {**vocabulary(), "MADE_UP": "made-up"}
    uses = uses_in(MADE_UP, "made_up.py", words)
    missing = never_invalidated(uses, words)
    assert missing["made-up"] == ["made_up.py:6"]
    assert missing["made-up-too"] == ["made_up.py:10"]
    assert missing["made-up-three"] == ["made_up.py:22"]
    # Invalidated in search_changed: not reported.
    assert "search" not in missing


def test_a_spelled_scope_is_reported_as_bare():
    uses = uses_in(MADE_UP, "made_up.py")
    assert sorted((u.scope, u.where) for u in uses if u.bare) == [
        ("made-up-three", "made_up.py:22"),
        ("made-up-too", "made_up.py:10"),
    ]


INVALIDATED_THROUGH_A_HELPER = """
from plugins.headless import caching, scopes


def touched(page_id):
    return [scopes.for_page(page_id), scopes.PATHS]


def page_published(page):
    caching.invalidate(*touched(page.pk))


def detail(request, page_id):
    return caching.cached_response(request, [scopes.for_page(page_id)], build)
"""


def test_a_scope_invalidated_through_a_helper_is_not_reported():
    words = {"PATHS": "paths", "for_page": "page:*"}
    uses = uses_in(INVALIDATED_THROUGH_A_HELPER, "helper.py", words)
    assert {(u.scope, u.invalidates) for u in uses} == {
        ("page:*", True),
        ("paths", True),
        ("page:*", False),
    }
    assert never_invalidated(uses, words) == {}
