"""Compare the Spark job's Parquet tables with a direct CLI run's NDJSON (used by check.sh).

    python3 compare.py SPARK_OUTPUT DIRECT.ndjson

Same rows and values per table: each Spark row (without the columns the job adds: recordId,
docBucket) must equal one direct record of that table (without `type`), as a multiset. Nulls are
left out on both sides (Spark's JSON writer drops null fields; a column null everywhere is typed
string), and 2 equals 2.0 (Spark widens a column holding both). Exit 0 when every table matches.
"""

import json
import os
import sys
from collections import Counter

from pyspark.sql import SparkSession

from policy_parse_spark import TABLES

ADDED = ("recordId", "docBucket")


def strip_nulls(value):
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def key(row):
    return json.dumps(strip_nulls(row), sort_keys=True, ensure_ascii=False)


def main(spark_out, direct_path):
    direct = {table: Counter() for table in TABLES.values()}
    with open(direct_path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            table = TABLES[record.pop("type")]
            direct[table][key(record)] += 1

    spark = SparkSession.builder.master("local[2]").appName("policy-parse-compare").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    failures = 0
    for table in TABLES.values():
        path = os.path.join(spark_out, table)
        got = Counter()
        if os.path.isdir(path):
            frame = spark.read.parquet(path)
            frame = frame.drop(*[c for c in ADDED if c in frame.columns])
            got = Counter(key(json.loads(row)) for row in frame.toJSON().collect())
        want = direct[table]
        missing, extra = want - got, got - want
        status = "same" if not missing and not extra else "DIFFERENT"
        print(f"{table:17} spark {sum(got.values()):6}  direct {sum(want.values()):6}  {status}")
        for label, rows in (("only in the direct run", missing), ("only in Spark", extra)):
            for row in list(rows)[:3]:
                print(f"    {label}: {row[:300]}")
        if table == "errors":
            # A direct run names its failures on stderr, not as records: reported, not compared.
            print(f"    (errors are the inputs the CLI could not parse; not compared)")
            continue
        failures += status != "same"
    spark.stop()
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
