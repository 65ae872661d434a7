import { Route } from 'react-router-dom';
import { NotBuiltYetPage } from '../placeholders/NotBuiltYetPage';

/** The Matrix area's routes. Stub until its screens land. */
export function matrixRoutes() {
  return [
    <Route
      key="/matrix"
      path="/matrix"
      element={
        <NotBuiltYetPage
          area={{
            path: '/matrix',
            title: 'Matrix',
            notBuilt: 'The role–responsibility matrix is not built yet. It is coming in a later version.',
            willDo:
              'Who is responsible for what — the institution, the mentoring program, departments, mentors, sponsors, peer mentors and mentees.',
          }}
        />
      }
    />,
  ];
}
