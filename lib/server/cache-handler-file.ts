/** The cache handler's file in the build folder (built by scripts/build-cache-handler.ts). */
export const CACHE_HANDLER_FILE = 'fakta-cache-handler.cjs'
