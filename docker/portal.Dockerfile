# syntax=docker/dockerfile:1
# The portal and its remotes as static files, served by the same small Node server `npm start` uses
# (it also proxies /graphql to the gateway, so the browser talks to one origin).
# Build:  docker build -f docker/portal.Dockerfile -t simpul/portal .
FROM node:24-bookworm-slim AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json .npmrc ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p portal registry-web evaluation-web kipp-web mpp-web skm-web

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORTAL_PORT=4200 GATEWAY_URL=http://gateway:4000/graphql
COPY --from=build /repo/dist/apps ./dist/apps
COPY --from=build /repo/tools/start/*.mjs ./tools/start/
COPY --from=build /repo/tools/schema/subgraphs.mjs ./tools/schema/
USER node
EXPOSE 4200
CMD ["node", "tools/start/serve-portal.mjs"]
