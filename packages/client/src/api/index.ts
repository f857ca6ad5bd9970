export { type Api, CSRF_HEADER, createApiClient } from './api-client';
export { ApiProvider, type ApiProviderProps, useApi } from './api-provider';
export { createQueryClient, type QueryClientOptions } from './query-client';
export type { RouterInputs, RouterOutputs } from './router-types';
