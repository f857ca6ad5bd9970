import { describe, expect, it } from 'vitest';
import { routeOf } from './routes';

const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('portal routes', () => {
  it.each([
    ['/portal/', { page: 'home' }],
    ['/portal', { page: 'home' }],
    ['/portal/index.html', { page: 'home' }],
    [`/portal/positions/${ID}`, { page: 'position', id: ID }],
    [`/portal/positions/${ID.toUpperCase()}/`, { page: 'position', id: ID }],
    ['/portal/positions/not-an-id', { page: 'not-found' }],
    ['/portal/activate', { page: 'activate' }],
    ['/portal/sign-in/', { page: 'sign-in' }],
    ['/portal/case', { page: 'case' }],
    ['/portal/plan', { page: 'plan' }],
    ['/portal/payments', { page: 'payments' }],
    ['/portal/requests', { page: 'requests' }],
    ['/portal/privacy', { page: 'privacy' }],
    ['/portal/plan/extra', { page: 'not-found' }],
    ['/portal/positions', { page: 'not-found' }],
    ['/elsewhere', { page: 'not-found' }],
  ])('%s', (path, route) => expect(routeOf(path, '/portal/')).toEqual(route));
});
