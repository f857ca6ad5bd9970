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
    ['/portal/positions', { page: 'not-found' }],
    ['/elsewhere', { page: 'not-found' }],
  ])('%s', (path, route) => expect(routeOf(path, '/portal/')).toEqual(route));
});
