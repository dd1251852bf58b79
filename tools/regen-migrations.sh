#!/usr/bin/env bash
# Adds a migration for both providers: tools/regen-migrations.sh <UniqueDescriptiveName>
# (The name is historical: it adds, it never regenerates.) Migrations are additive from the baseline
# RuntimeStagesOnInstancesAndCases on: never edit or delete one, never drop or rename a table or column
# (tests/Host.Tests/Operations/SchemaUpgradeTests enforces it); see docs/operations.md, "Upgrades".
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Host --context SqliteAppDbContext --output-dir Persistence/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Host --context PostgresAppDbContext --output-dir Persistence/Migrations/Postgres
