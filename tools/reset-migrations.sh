#!/usr/bin/env bash
# Until the first production deployment the schema is one InitialCreate migration per provider, regenerated
# from the model: tools/reset-migrations.sh. (After that, add migrations with tools/regen-migrations.sh <Name>.)
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/domat-migrations.lock
flock 9
dotnet tool restore >/dev/null
rm -rf src/Host/Persistence/Migrations
dotnet ef migrations add InitialCreate --project src/Host --context SqliteAppDbContext --output-dir Persistence/Migrations/Sqlite >/dev/null
dotnet ef migrations add InitialCreate --project src/Host --context PostgresAppDbContext --output-dir Persistence/Migrations/Postgres --no-build >/dev/null
echo "migrations regenerated"
