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
import { Suspense, useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/StatusBlocks';
import { lazyPage } from './lazy-page';
import { navigate, useRoute, type Route } from './routing';
import { openEnterprise } from './shell-actions';
import { ShellCommands } from './ShellCommands';

// Each page is its own chunk: the first screen loads only what the enterprise list needs.
const EnterpriseListPage = lazyPage(() =>
  import('../enterprises/EnterpriseListPage').then((m) => m.EnterpriseListPage),
);
const EnterpriseDetailPage = lazyPage(() =>
  import('../enterprises/EnterpriseDetailPage').then((m) => m.EnterpriseDetailPage),
);
const RegisterPage = lazyPage(() => import('../register/RegisterPage').then((m) => m.RegisterPage));
// The dashboard brings the charting library: it loads with the dashboard, never with the first screen.
const DashboardPage = lazyPage(() => import('../dashboard/DashboardPage').then((m) => m.DashboardPage));
// The self-assessment's pages, with the radar they draw, load only when one is opened.
const AssessmentListPage = lazyPage(() =>
  import('../assessment/AssessmentListPage').then((m) => m.AssessmentListPage),
);
const AssessmentPage = lazyPage(() => import('../assessment/AssessmentPage').then((m) => m.AssessmentPage));
const ComparePage = lazyPage(() => import('../assessment/ComparePage').then((m) => m.ComparePage));
// Planning: the finder, the projects with their money and funding, and the comparison of plans.
const OpportunitiesPage = lazyPage(() =>
  import('../opportunities/OpportunitiesPage').then((m) => m.OpportunitiesPage),
);
const ProjectListPage = lazyPage(() => import('../projects/ProjectListPage').then((m) => m.ProjectListPage));
const ProjectPage = lazyPage(() => import('../projects/ProjectPage').then((m) => m.ProjectPage));
// A project's application (narratives, attachments, draft outputs) loads when it is opened.
const ApplicationPage = lazyPage(() => import('../drafts/ApplicationPage').then((m) => m.ApplicationPage));
const ScenariosPage = lazyPage(() => import('../scenarios/ScenariosPage').then((m) => m.ScenariosPage));
const FundingPacksPage = lazyPage(() =>
  import('../funding/FundingPacksPage').then((m) => m.FundingPacksPage),
);
const PortfolioPage = lazyPage(() => import('../portfolio/PortfolioPage').then((m) => m.PortfolioPage));
const BackupsPage = lazyPage(() => import('../workspace/BackupsPage').then((m) => m.BackupsPage));

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

/** Each route's page, for loading its code ahead (the print view is shown without the frame). */
const PAGES: Record<Route['page'], { preload(): Promise<void> } | null> = {
  enterprises: EnterpriseListPage,
  enterprise: EnterpriseDetailPage,
  register: RegisterPage,
  dashboard: DashboardPage,
  assessments: AssessmentListPage,
  assessment: AssessmentPage,
  compare: ComparePage,
  opportunities: OpportunitiesPage,
  projects: ProjectListPage,
  project: ProjectPage,
  application: ApplicationPage,
  print: null,
  scenarios: ScenariosPage,
  funding: FundingPacksPage,
  portfolio: PortfolioPage,
  backups: BackupsPage,
};

/**
 * Loads the code of the page the app opens on while the app starts, so that page renders without a
 * loading fallback. Never fails: a page whose code did not load tries again when it renders.
 */
export function preloadPage(route: Route): Promise<void> {
  return PAGES[route.page]?.preload().catch(() => undefined) ?? Promise.resolve();
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
  // The page follows the address as a deferred value: while the next page's code loads, the last
  // page stays up instead of a loading fallback, and the next one shows as soon as it is there.
  // Revealed from a fallback, React holds content back until 300 ms after the fallback appeared
  // (a register page with its rows came up 350 ms later that way).
  const shown = useDeferredValue(route);
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
          <Page route={shown} />
        </Suspense>
      </Layout.Content>
      <ShellCommands />
    </Layout>
  );
}
