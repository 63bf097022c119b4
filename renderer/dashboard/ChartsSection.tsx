import { Col, Row } from 'antd';
import { AgeChart } from './AgeChart';
import type { DashboardData } from './dashboard-data';
import { PowerChart } from './PowerChart';
import { SeedChart } from './SeedChart';

export function ChartsSection({ data }: { data: DashboardData }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <AgeChart data={data} />
      </Col>
      <Col xs={24} xl={10}>
        <SeedChart data={data} />
      </Col>
      <Col span={24}>
        <PowerChart data={data} />
      </Col>
    </Row>
  );
}
