import type { LocalizedText } from '@shifan/domain';
import { Col, Flex, Row } from 'antd';
import type { ReactNode } from 'react';
import { ChangePasswordCard } from '../auth/change-password-card';
import { PageHeading } from '../layout/page-heading';
import { useSession } from '../session/use-session';
import { AccountProfileCard } from './account-profile-card';
import { ACCOUNT_TEXTS } from './account-texts';

export interface AccountPageProps {
  intro?: LocalizedText;
  /** App-specific cards above the account's profile, e.g. the enterprise. */
  children?: ReactNode;
}

/** 我的账户: the signed-in account's profile and the change-password form. Render it inside RequireSession. */
export function AccountPage({ intro, children }: AccountPageProps) {
  const { session } = useSession();
  if (!session) return null;
  return (
    <>
      <PageHeading title={ACCOUNT_TEXTS.pageTitle} intro={intro} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            {children}
            <AccountProfileCard session={session} />
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <ChangePasswordCard />
        </Col>
      </Row>
    </>
  );
}
