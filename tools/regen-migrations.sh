#!/usr/bin/env bash
# Adds a migration for both providers: tools/regen-migrations.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Host --context SqliteAppDbContext --output-dir Persistence/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Host --context PostgresAppDbContext --output-dir Persistence/Migrations/Postgres
