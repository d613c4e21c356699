# syntax=docker/dockerfile:1
# API image: runs the HTTP server by default; the same image runs the worker
# (`node dist/apps/api/worker.js`) and the CLI (`node dist/apps/api/cli.js setup|migrate`).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# argon2 builds a native addon when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY nx.json tsconfig.base.json ./
COPY tools ./tools
COPY libs ./libs
COPY apps/api ./apps/api
RUN NX_DAEMON=false npx nx run api:build --outputStyle=static

FROM deps AS prod-deps
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY package.json ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
