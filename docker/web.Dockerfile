# Web image: the production Angular build served by nginx, which also proxies /api/ to the API
# service (docker/nginx.conf). Build context: the repository root (see docker/compose.yml).

ARG NODE_IMAGE=node:20-bookworm-slim

# --- npm and all dependencies: kept textually identical to api.Dockerfile so BuildKit builds
# --- these layers once for both images.
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

FROM npm AS deps
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build -----------------------------------------------------------------------------------
FROM deps AS build
ENV NG_CLI_ANALYTICS=false
# Only what the web build reads, so API-only changes do not invalidate this stage.
COPY nx.json tsconfig.base.json ./
COPY libs ./libs
COPY apps/web ./apps/web
RUN npx nx run web:build --outputStyle=static

# --- runtime ---------------------------------------------------------------------------------
FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 80
# 127.0.0.1, not localhost: the server block listens on IPv4 only.
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=5 \
  CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
