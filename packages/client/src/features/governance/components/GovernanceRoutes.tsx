import { Link, Route, Routes } from 'react-router';
import { useCurrentUser } from '../../auth/session';
import { usePageTitle } from '../../../ui/usePageTitle';
import { LogRightsRequestPage } from './LogRightsRequestPage';
import { RetentionPage } from './RetentionPage';
import { RightsRegisterPage } from './RightsRegisterPage';
import { RightsRequestPage } from './RightsRequestPage';

/** Information governance at /governance: the retention review and the rights requests register. */
function GovernanceHome() {
  usePageTitle('Governance');
  const user = useCurrentUser();
  return (
    <>
      <h1 className="govuk-heading-l">Governance</h1>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/governance/retention">
            Retention review
          </Link>
          : records past their retention period, to erase or keep, and the schedules that set each period.
        </li>
        {user.role === 'ADMIN' ? null : (
          <li>
            <Link className="govuk-link" to="/governance/rights">
              Rights requests
            </Link>
            : subject access, rectification, restriction, objection and erasure requests, with their deadlines.
          </li>
        )}
      </ul>
    </>
  );
}

export default function GovernanceRoutes() {
  return (
    <Routes>
      <Route index element={<GovernanceHome />} />
      <Route path="retention" element={<RetentionPage />} />
      <Route path="rights" element={<RightsRegisterPage />} />
      <Route path="rights/new" element={<LogRightsRequestPage />} />
      <Route path="rights/:id" element={<RightsRequestPage />} />
    </Routes>
  );
}
