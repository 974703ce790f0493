#!/usr/bin/env bash
# Run the Spark job in local mode on the seeds (and any folders given) and check that its tables
# hold the same rows and values as a direct CLI run on the same files. Needs PySpark (pip install
# pyspark) and a Java runtime (apt-get install default-jre-headless); without them it says so and
# exits 3: nothing checked is never a pass.
#
#   examples/spark/check.sh [FOLDER ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
missing=()
python3 -c 'import pyspark' 2>/dev/null || missing+=("pyspark (pip install pyspark)")
command -v java >/dev/null 2>&1 || missing+=("a Java runtime (apt-get install default-jre-headless)")
if ((${#missing[@]})); then
  printf 'check.sh: NOT RUN, nothing was checked: missing %s\n' "${missing[@]}" >&2
  exit 3
fi
[[ -f "$root/dist/cli.js" ]] || (cd "$root" && npm run -s build)
cli="node $root/dist/cli.js"
work=$(mktemp -d "${TMPDIR:-/tmp}/policy-spark-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

status=0
n=0
for folder in "$root/seeds" "$@"; do
  folder=$(cd "$folder" && pwd)
  n=$((n + 1))
  echo "== $folder"
  # The direct run: the same files (txt, md), from inside the folder so paths are relative as in the job.
  (cd "$folder" && find . -type f \( -name '*.txt' -o -name '*.md' \) | sort | sed 's|^\./||' \
    | xargs -d '\n' $cli parse --format ndjson --quiet >"$work/direct-$n.ndjson") || true
  PYTHONPATH="$here" python3 "$here/policy_parse_spark.py" --master 'local[2]' \
    --input "$folder" --output "$work/spark-$n" --cli "$cli" --partitions 2
  (cd "$here" && python3 compare.py "$work/spark-$n" "$work/direct-$n.ndjson") || status=1
done
if ((status)); then echo "check.sh: FAILED: the Spark tables differ from the direct run" >&2; else echo "check.sh: OK: the Spark tables hold the same rows and values as the direct run"; fi
exit $status
