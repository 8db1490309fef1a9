#!/usr/bin/env bash
# CI for the Python package (called by .ci/run): lint the binding crate, build and install the
# wheel in a fresh venv exactly as a user would (`pip install ./python`, maturin from PyPI),
# check the README's one-liner, and run python/tests against the CLI built beside it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
cargo clippy -p letopis-python --all-targets -- -D warnings
# The binding's own unit tests (reading TIMEX3 values back); release, to reuse the root build.
cargo test --release --quiet -p letopis-python --lib
cargo build --release --quiet
WORK=$(mktemp -d -t letopis-py.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$PY" -m pip install --quiet --disable-pip-version-check ./python pytest

# The issue's acceptance check, from the repository root.
title=$("$PY" -c "import letopis; print(letopis.extract(open('samples/osce-2024-12-06.ru.txt').read()).events[0].title)")
if [ "$title" != "Хельсинкский заключительный акт" ]; then
    echo "python: the seed's first title is '$title'" >&2
    exit 1
fi

# From the root, with the installed package (not python/letopis, which has no _letopis).
export LETOPIS_BIN="$ROOT/target/release/letopis" LETOPIS_REQUIRE_CLI=1
set +e
(cd "$WORK" && "$PY" -m pytest -q -p no:cacheprovider "$ROOT/python/tests")
rc=$?
set -e
case $rc in
    0) echo "python: tests passed" ;;
    1) echo "python: tests failed" >&2 ;;
    5) echo "python: no tests were collected" >&2 ;;
    *) echo "python: pytest could not run the tests (exit status $rc)" >&2 ;;
esac
exit $rc
