"""Parse policy documents on Apache Spark with the policy-parse CLI, one CLI process per partition.

Input: a folder of .txt / .md files (read as bytes, so GBK / GB18030 files are decoded by the CLI
like any file), or a Parquet table with an id column and a text column. Each partition's records
are piped through `policy-parse parse --records` (RDD.pipe: one JSON record per line in, the
document's NDJSON records out), and the records are written as Parquet tables, one folder per
table, partitioned by `docBucket` (the first hex digit of the docId, 16 buckets):

    OUTPUT/documents/ sections/ targets/ responsibilities/ units/ table_rows/ notes/ diagnostics/
    OUTPUT/errors/    (inputs the CLI could not parse: recordId, path, code, message)

Rows are the CLI's NDJSON records without `type`, plus `recordId` (the input's id) and
`docBucket`. See README.md in this folder for spark-submit and local[*] runs.

Written against PySpark 3.4+ (DataFrame API, RDD.pipe); the author's machine had no PySpark, so
check.sh, which runs this job in local mode and compares its tables with a direct CLI run, is
the test of record.
"""

import argparse
import sys

from pyspark.sql import SparkSession, functions as F
from pyspark.sql.types import ArrayType, MapType, NullType, StringType, StructField, StructType
from pyspark.storagelevel import StorageLevel

# NDJSON record type -> output table.
TABLES = {
    "document": "documents",
    "section": "sections",
    "target": "targets",
    "responsibility": "responsibilities",
    "unit": "units",
    "table_row": "table_rows",
    "note": "notes",
    "diagnostic": "diagnostics",
    "error": "errors",
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="folder of .txt/.md files, or a Parquet table (with --input-format parquet)")
    p.add_argument("--input-format", choices=["folder", "parquet"], default="folder")
    p.add_argument("--id-col", default="id", help="Parquet input: the id column (echoed as recordId)")
    p.add_argument("--text-col", default="text", help="Parquet input: the text column (decoded text)")
    p.add_argument("--path-col", default=None, help="Parquet input: a column recorded as the document's path")
    p.add_argument("--output", required=True, help="folder for the Parquet tables")
    p.add_argument("--cli", default="policy-parse", help='the CLI command on the executors, e.g. "node /opt/policy-parse/dist/cli.js"')
    p.add_argument("--cli-args", default="", help='more parse flags, e.g. "--no-indicators --offset-unit utf16"')
    p.add_argument("--partitions", type=int, default=0,
                   help="partitions of the input records (one CLI process each; default: Spark's default parallelism)")
    p.add_argument("--mode", default="overwrite", choices=["overwrite", "append", "errorifexists"])
    p.add_argument("--master", default=None, help="only for running with python directly, e.g. local[2]")
    return p.parse_args(argv)


def input_records(spark, args):
    """One JSON string per document: {"id", "path", "bytes_b64"} from a folder, {"id", "path"?, "text"} from Parquet."""
    if args.input_format == "folder":
        files = (spark.read.format("binaryFile")
                 .option("pathGlobFilter", "*.{txt,md}")
                 .option("recursiveFileLookup", "true")
                 .load(args.input))
        # Paths relative to the input folder, as a direct CLI run given that folder from inside it writes them.
        jpath = spark._jvm.org.apache.hadoop.fs.Path(args.input)
        root = jpath.getFileSystem(spark._jsc.hadoopConfiguration()).makeQualified(jpath).toString().rstrip("/") + "/"
        rel = F.when(F.col("path").startswith(root), F.expr(f"substring(path, {len(root) + 1})")).otherwise(F.col("path"))
        record = F.struct(rel.alias("id"), rel.alias("path"), F.base64("content").alias("bytes_b64"))
        frame = files.select(F.to_json(record).alias("json"))
    else:
        table = spark.read.parquet(args.input)
        fields = [F.col(args.id_col).alias("id"), F.col(args.text_col).cast("string").alias("text")]
        if args.path_col:
            fields.insert(1, F.col(args.path_col).cast("string").alias("path"))
        frame = table.select(F.to_json(F.struct(*fields)).alias("json"))
    if args.partitions > 0:
        frame = frame.repartition(args.partitions)
    return frame.rdd.map(lambda row: row[0])


def without_void(frame):
    """Columns that are null in every row are inferred as NullType, which Parquet cannot store: make them strings."""
    def fix(dtype):
        if isinstance(dtype, NullType):
            return StringType()
        if isinstance(dtype, ArrayType):
            return ArrayType(fix(dtype.elementType), dtype.containsNull)
        if isinstance(dtype, MapType):
            return MapType(fix(dtype.keyType), fix(dtype.valueType), dtype.valueContainsNull)
        if isinstance(dtype, StructType):
            return StructType([StructField(f.name, fix(f.dataType), f.nullable) for f in dtype.fields])
        return dtype

    return frame.select(*[
        F.col(f"`{f.name}`").cast(fix(f.dataType)).alias(f.name) if fix(f.dataType) != f.dataType else F.col(f"`{f.name}`")
        for f in frame.schema.fields
    ])


def main(argv):
    args = parse_args(argv)
    builder = SparkSession.builder.appName("policy-parse")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()

    command = f"{args.cli} parse --records {args.cli_args}".strip()
    # One CLI process per partition; it exits 0 even when some records fail (they come out as
    # "error" records), so a non-zero exit is a real failure and fails the task (checkCode).
    records = input_records(spark, args).pipe(command, checkCode=True)
    # Every table below reads the piped records: keep them instead of running the CLI once per table.
    records.persist(StorageLevel.MEMORY_AND_DISK)

    counts = {}
    for record_type, table in TABLES.items():
        # `type` is always the first key of a record (the CLI writes it first).
        prefix = f'{{"type":"{record_type}",'
        lines = records.filter(lambda line, prefix=prefix: line.startswith(prefix))
        if lines.isEmpty():
            counts[table] = 0
            continue
        frame = without_void(spark.read.json(lines)).drop("type")
        if record_type == "error":
            frame.write.mode(args.mode).parquet(f"{args.output}/{table}")
        else:
            (frame.withColumn("docBucket", F.substring("docId", 2, 1))
                  .write.mode(args.mode).partitionBy("docBucket").parquet(f"{args.output}/{table}"))
        counts[table] = spark.read.parquet(f"{args.output}/{table}").count()

    records.unpersist()
    print("policy-parse on Spark: " + ", ".join(f"{n} {t}" for t, n in counts.items()), file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
