import { Route } from 'react-router-dom';
import { SurveyReportPage } from '../surveys/SurveyReportPage';
import { SurveysPage } from '../surveys/SurveysPage';
import { ImportsPage } from './ImportsPage';
import { ImportWizardRoute } from './wizard/ImportWizardPage';

/** The Imports area: past imports, the import wizard (/imports/new/roster|survey), and the surveys' reports. */
export function importRoutes() {
  return [
    <Route key="/imports" path="/imports" element={<ImportsPage />} />,
    <Route key="/imports/new/:kind" path="/imports/new/:kind" element={<ImportWizardRoute />} />,
    <Route key="/imports/surveys" path="/imports/surveys" element={<SurveysPage />} />,
    <Route key="/imports/surveys/:id" path="/imports/surveys/:id" element={<SurveyReportPage />} />,
  ];
}
