import { Route } from 'react-router-dom';
import { MatrixPage } from './MatrixPage';

/** The Matrix area's routes: /matrix, and /matrix?program=ID for one program's tracking. */
export function matrixRoutes() {
  return [<Route key="/matrix" path="/matrix" element={<MatrixPage />} />];
}
