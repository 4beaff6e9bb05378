# syntax=docker/dockerfile:1
#
# Shifan (示范) images, built by docker-compose.yml:
#   target `api`  the NestJS API (node:20-bookworm-slim, runs as `node`)
#   target `web`  nginx serving both built front ends and proxying /api to the API
#
#   docker build --target api -t shifan-api .
#   docker build --target web -t shifan-web .

ARG NODE_IMAGE=node:20-bookworm
ARG NODE_RUNTIME_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.27-alpine

# ---------------------------------------------------------------------------
# build: install every workspace, build domain, api and both front ends, then
# drop the dev dependencies. The full bookworm image carries python3, make and
# g++ for better-sqlite3's native addon.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    CI=true

# The lockfile was written by npm 11, which also honours package.json's
# `allowScripts`; the npm 10 bundled with Node 20 is replaced by it.
ARG NPM_VERSION=11
RUN npm install -g "npm@${NPM_VERSION}" --no-audit --no-fund

# Manifests first, so the dependency layer is cached until one of them changes.
COPY package.json package-lock.json ./
COPY apps/api/package.json        apps/api/
COPY apps/enterprise/package.json apps/enterprise/
COPY apps/reviewer/package.json   apps/reviewer/
COPY libs/domain/package.json     libs/domain/
COPY libs/ui/package.json         libs/ui/
COPY tests/package.json           tests/
# `npm install`, not `npm ci`: the lockfile names platform packages that this
# project's registry lacks, and `npm ci` refuses to skip them.
RUN --mount=type=cache,target=/root/.npm \
    npm install --no-audit --no-fund

COPY . .
RUN npx nx run-many -t build --projects=@shifan/domain,@shifan/api,@shifan/enterprise,@shifan/reviewer \
 && test -f apps/api/dist/main.js \
 && test -f apps/enterprise/dist/index.html \
 && test -f apps/reviewer/dist/index.html

# Production dependencies only, for the api image. The workspace symlinks
# (node_modules/@shifan/domain -> ../../libs/domain) stay as they are.
RUN npm prune --omit=dev --no-audit --no-fund \
 && mkdir -p seeds data

# ---------------------------------------------------------------------------
# api: the compiled API with production node_modules. Same Debian release as
# the build stage, so the compiled better-sqlite3 addon loads.
# ---------------------------------------------------------------------------
FROM ${NODE_RUNTIME_IMAGE} AS api
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

# The /app tree of the build stage minus the sources, in the same layout, so
# that `require('@shifan/domain')` resolves through the workspace symlink to
# libs/domain (package.json -> dist/index.js).
COPY --from=build /app/package.json                ./package.json
COPY --from=build /app/node_modules                ./node_modules
COPY --from=build /app/libs/domain/package.json    ./libs/domain/package.json
COPY --from=build /app/libs/domain/dist            ./libs/domain/dist
COPY --from=build /app/apps/api/package.json       ./apps/api/package.json
COPY --from=build /app/apps/api/dist               ./apps/api/dist
COPY --from=build /app/seeds                       ./seeds
# ./data is only used by the embedded defaults (no DB_URL / S3_ENDPOINT); the
# compose deployment keeps no state in this container.
COPY --from=build --chown=node:node /app/data      ./data

USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]

# ---------------------------------------------------------------------------
# web: the enterprise app at /, the reviewer app at /review/, /api proxied.
# ---------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS web
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/enterprise/dist /usr/share/nginx/html
COPY --from=build /app/apps/reviewer/dist   /usr/share/nginx/html/review
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/"]
