#!/bin/bash
# Our bot as the peer harness starts it (OURS_CMD): a fresh database `ours`, webhook mode, limits raised as the peer has none.
# Env from bench/peer.ts: OURS_PORT, OURS_SECRET, OURS_NODE_OPTIONS (e.g. --cpu-prof), TELEGRAM_API_ROOT (from the harness).
set -euo pipefail
cd "$(dirname "$0")/.."
PGPASSWORD=bench psql -qX -h 127.0.0.1 -U bench -d ours -c 'set client_min_messages = warning; drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade;'
port=${OURS_PORT:-8130}
exec env TELEGRAM_BOT_TOKEN=123:abc TELEGRAM_WEBHOOK_URL="http://127.0.0.1:$port/telegram/webhook" \
  TELEGRAM_WEBHOOK_SECRET="${OURS_SECRET:-bench-secret-0123456789}" TELEGRAM_WEBHOOK_PORT="$port" TELEGRAM_WEBHOOK_HOST=127.0.0.1 \
  DATABASE_URL=postgres://bench:bench@127.0.0.1:5432/ours BOT_NOW=2022-05-20T09:00:00+08:00 LOG_LEVEL=warn CONSOLE=false \
  TELEGRAM_RATE_GLOBAL_PER_SEC=100000 TELEGRAM_RATE_CHAT_PER_SEC=100000 TELEGRAM_RATE_GROUP_PER_MIN=100000 \
  node ${OURS_NODE_OPTIONS:-} --import tsx src/main.ts
