import { Route } from 'react-router-dom';
import { DocumentsPage } from './DocumentsPage';

/** The Documents area's routes. */
export function documentRoutes() {
  return [<Route key="/documents" path="/documents" element={<DocumentsPage />} />];
}
