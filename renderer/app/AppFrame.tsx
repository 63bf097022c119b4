import {
  BankOutlined,
  BulbOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DiffOutlined,
  HistoryOutlined,
  ProjectOutlined,
  RadarChartOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/StatusBlocks';
import { navigate, useRoute, type Route } from './routing';
import { openEnterprise } from './shell-actions';
import { ShellCommands } from './ShellCommands';

// Each page is its own chunk: the first screen loads only what the enterprise list needs.
const EnterpriseListPage = lazy(() =>
  import('../enterprises/EnterpriseListPage').then((m) => ({ default: m.EnterpriseListPage })),
);
const EnterpriseDetailPage = lazy(() =>
  import('../enterprises/EnterpriseDetailPage').then((m) => ({ default: m.EnterpriseDetailPage })),
);
const RegisterPage = lazy(() =>
  import('../register/RegisterPage').then((m) => ({ default: m.RegisterPage })),
);
// The dashboard brings the charting library: it loads with the dashboard, never with the first screen.
const DashboardPage = lazy(() =>
  import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
// The self-assessment's pages, with the radar they draw, load only when one is opened.
const AssessmentListPage = lazy(() =>
  import('../assessment/AssessmentListPage').then((m) => ({ default: m.AssessmentListPage })),
);
const AssessmentPage = lazy(() =>
  import('../assessment/AssessmentPage').then((m) => ({ default: m.AssessmentPage })),
);
const ComparePage = lazy(() => import('../assessment/ComparePage').then((m) => ({ default: m.ComparePage })));
// Planning: the finder, the projects with their money and funding, and the comparison of plans.
const OpportunitiesPage = lazy(() =>
  import('../opportunities/OpportunitiesPage').then((m) => ({ default: m.OpportunitiesPage })),
);
const ProjectListPage = lazy(() =>
  import('../projects/ProjectListPage').then((m) => ({ default: m.ProjectListPage })),
);
const ProjectPage = lazy(() => import('../projects/ProjectPage').then((m) => ({ default: m.ProjectPage })));
// A project's application (narratives, attachments, draft outputs) loads when it is opened.
const ApplicationPage = lazy(() =>
  import('../drafts/ApplicationPage').then((m) => ({ default: m.ApplicationPage })),
);
const ScenariosPage = lazy(() =>
  import('../scenarios/ScenariosPage').then((m) => ({ default: m.ScenariosPage })),
);
const FundingPacksPage = lazy(() =>
  import('../funding/FundingPacksPage').then((m) => ({ default: m.FundingPacksPage })),
);
const PortfolioPage = lazy(() =>
  import('../portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })),
);
const BackupsPage = lazy(() => import('../workspace/BackupsPage').then((m) => ({ default: m.BackupsPage })));

type Section =
  | 'portfolio'
  | 'enterprises'
  | 'register'
  | 'dashboard'
  | 'assessments'
  | 'opportunities'
  | 'projects'
  | 'scenarios'
  | 'funding'
  | 'backups';

function sectionOf(route: Route): Section {
  switch (route.page) {
    case 'backups':
    case 'funding':
    case 'portfolio':
    case 'register':
    case 'dashboard':
    case 'assessments':
    case 'opportunities':
    case 'projects':
    case 'scenarios':
      return route.page;
    case 'assessment':
    case 'compare':
      return 'assessments';
    case 'project':
    case 'application':
      return 'projects';
    default:
      return 'enterprises';
  }
}

/** The page a menu entry opens; the enterprise's own pages need the enterprise that is open. */
function sectionRoute(section: Section, enterpriseId: number | null): Route {
  if (section === 'backups' || section === 'funding' || section === 'portfolio') return { page: section };
  if (section === 'enterprises' || enterpriseId === null) return { page: 'enterprises' };
  return { page: section, enterpriseId };
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'enterprises':
      return <EnterpriseListPage />;
    case 'enterprise':
      return <EnterpriseDetailPage id={route.id} />;
    case 'register':
      // Keyed by enterprise and by the rows traced from the dashboard: another enterprise's register,
      // or another indicator's rows, starts with its own filters and selection.
      return (
        <RegisterPage
          key={`${route.enterpriseId}|${JSON.stringify(route.trace ?? null)}`}
          enterpriseId={route.enterpriseId}
          trace={route.trace ?? null}
        />
      );
    case 'dashboard':
      return <DashboardPage key={route.enterpriseId} enterpriseId={route.enterpriseId} year={route.year} />;
    case 'assessments':
      return <AssessmentListPage key={route.enterpriseId} enterpriseId={route.enterpriseId} />;
    case 'assessment':
      // Keyed by the assessment: its answers are saved by a saver made for it alone.
      return <AssessmentPage key={route.id} enterpriseId={route.enterpriseId} id={route.id} />;
    case 'compare':
      return (
        <ComparePage
          key={route.enterpriseId}
          enterpriseId={route.enterpriseId}
          first={route.first}
          second={route.second}
        />
      );
    case 'opportunities':
      return <OpportunitiesPage key={route.enterpriseId} enterpriseId={route.enterpriseId} />;
    case 'projects':
      return <ProjectListPage key={route.enterpriseId} enterpriseId={route.enterpriseId} />;
    case 'project':
      return <ProjectPage key={route.id} enterpriseId={route.enterpriseId} id={route.id} tab={route.tab} />;
    case 'application':
      return (
        <ApplicationPage
          key={route.projectId}
          enterpriseId={route.enterpriseId}
          projectId={route.projectId}
        />
      );
    case 'print':
      // Shown without the frame by WorkspaceGate; never reaches here.
      return null;
    case 'scenarios':
      return <ScenariosPage key={route.enterpriseId} enterpriseId={route.enterpriseId} />;
    case 'funding':
      return <FundingPacksPage />;
    case 'portfolio':
      return <PortfolioPage />;
    case 'backups':
      return <BackupsPage />;
  }
}

export function AppFrame() {
  const { t } = useTranslation();
  const route = useRoute();
  const enterpriseId = openEnterprise(route);
  const items: { key: Section; icon: ReactNode; label: ReactNode }[] = [
    {
      key: 'portfolio',
      icon: <TeamOutlined />,
      label: <span data-testid="nav-portfolio">{t('portfolioUi.nav')}</span>,
    },
    {
      key: 'enterprises',
      icon: <ShopOutlined />,
      label: <span data-testid="nav-enterprises">{t('nav.enterprises')}</span>,
    },
    ...(enterpriseId === null
      ? []
      : [
          {
            key: 'register' as const,
            icon: <DatabaseOutlined />,
            label: <span data-testid="nav-register">{t('nav.register')}</span>,
          },
          {
            key: 'dashboard' as const,
            icon: <DashboardOutlined />,
            label: <span data-testid="nav-dashboard">{t('dashboard.nav', { ns: 'shared' })}</span>,
          },
          {
            key: 'assessments' as const,
            icon: <RadarChartOutlined />,
            label: <span data-testid="nav-assessments">{t('selfAssessment.nav', { ns: 'shared' })}</span>,
          },
          {
            key: 'opportunities' as const,
            icon: <BulbOutlined />,
            label: <span data-testid="nav-opportunities">{t('nav.opportunities')}</span>,
          },
          {
            key: 'projects' as const,
            icon: <ProjectOutlined />,
            label: <span data-testid="nav-projects">{t('nav.projects')}</span>,
          },
          {
            key: 'scenarios' as const,
            icon: <DiffOutlined />,
            label: <span data-testid="nav-scenarios">{t('nav.scenarios')}</span>,
          },
        ]),
    {
      key: 'funding',
      icon: <BankOutlined />,
      label: <span data-testid="nav-funding">{t('nav.funding')}</span>,
    },
    {
      key: 'backups',
      icon: <HistoryOutlined />,
      label: <span data-testid="nav-backups">{t('nav.backups')}</span>,
    },
  ];
  return (
    <Layout>
      <Layout.Sider width={176} theme="light" style={{ borderRight: '1px solid rgba(5, 5, 5, 0.06)' }}>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={[sectionOf(route)]}
            items={items}
            onClick={({ key }) => navigate(sectionRoute(key as Section, enterpriseId))}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
          />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24, minWidth: 0 }}>
        <Suspense fallback={<Loading />}>
          <Page route={route} />
        </Suspense>
      </Layout.Content>
      <ShellCommands />
    </Layout>
  );
}
