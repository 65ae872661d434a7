import { Route } from 'react-router-dom';
import { NotBuiltYetPage } from '../placeholders/NotBuiltYetPage';

/** The Peer Groups area's routes. Stub until its screens land. */
export function peerGroupRoutes() {
  return [
    <Route
      key="/peer-groups"
      path="/peer-groups"
      element={
        <NotBuiltYetPage
          area={{
            path: '/peer-groups',
            title: 'Peer Groups',
            notBuilt: 'Peer groups are not built yet. They are coming in a later version.',
            willDo:
              'Peer mentoring groups of up to eight faculty: their focus, facilitator, members and monthly meetings.',
          }}
        />
      }
    />,
  ];
}
