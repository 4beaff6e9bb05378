import type { LocalizedText, NoticeView } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { unitLabel, subFieldLabel } from './publication-parts';
import { PUBLICATION_TEXTS as T } from './publication-texts';

type NoticeProject = NoticeView['projects'][number];

/** A cell of a withdrawn project: struck through. */
function Cell({ project, children }: { project: NoticeProject; children: ReactNode }) {
  return project.withdrawn ? (
    <Typography.Text delete type="secondary">
      {children}
    </Typography.Text>
  ) : (
    <>{children}</>
  );
}

/** The notice's projects; those taken off the list after an upheld objection are struck through and marked 已撤销. */
export function NoticeProjectsTable({ projects, nameHeader }: { projects: NoticeView['projects']; nameHeader?: LocalizedText }) {
  const { t } = useLocale();
  const columns: TableColumnsType<NoticeProject> = [
    { key: 'seq', title: t(T.seq), width: 72, render: (_, _project, index) => index + 1 },
    {
      key: 'enterprise',
      title: t(T.enterpriseName),
      render: (_, project) => (
        <Flex gap={8} align="center" wrap>
          <Cell project={project}>{project.enterpriseName}</Cell>
          {project.withdrawn && (
            <Tooltip title={t(T.withdrawnHint)}>
              <Tag color="red" data-testid="notice-project-withdrawn">
                {t(T.withdrawn)}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { key: 'project', title: t(nameHeader ?? T.projectName), render: (_, project) => <Cell project={project}>{project.projectName}</Cell> },
    { key: 'field', title: t(T.subField), render: (_, project) => <Cell project={project}>{t(subFieldLabel(project.subFieldCode))}</Cell> },
    { key: 'district', title: t(T.district), render: (_, project) => <Cell project={project}>{t(unitLabel(project.recommendingUnitCode))}</Cell> },
  ];
  return (
    <Table<NoticeProject>
      rowKey="applicationId"
      columns={columns}
      dataSource={projects}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      onRow={(project) => ({ 'data-withdrawn': String(project.withdrawn), 'data-application-id': project.applicationId }) as HTMLAttributes<HTMLElement>}
      data-testid="notice-projects"
    />
  );
}
