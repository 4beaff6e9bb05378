import { ENTERPRISE_PROFILE_FORM, ENTERPRISE_SIZE_LABELS, findDistrict, findRecommendingUnit, maskEnterpriseProfile, type ProfileView, routedRecommendingUnit } from '@shifan/domain';
import { RouterButton, useLocale } from '@shifan/ui';
import { Card, Descriptions, Typography } from 'antd';
import { DETAIL_TEXTS } from './detail-texts';

/**
 * The applicant as the profile describes it: read-only here, edited on the profile page. The 推荐单位 is the one the
 * application was routed to when submitted, else the one the profile names (where a submission would go).
 */
export function ApplicantCard({ profile, routedUnitCode = null }: { profile: ProfileView; routedUnitCode?: string | null }) {
  const { t } = useLocale();
  // A view, not the editing form: the 法定代表人's ID number shows masked.
  const data = maskEnterpriseProfile(profile.data);
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '—');
  const district = typeof data.registeredDistrictCode === 'string' ? findDistrict(data.registeredDistrictCode) : undefined;
  const unit = findRecommendingUnit(routedUnitCode ?? routedRecommendingUnit(profile.data));
  return (
    <Card
      size="small"
      title={t(DETAIL_TEXTS.applicant)}
      extra={
        <RouterButton size="small" type="link" to="/profile">
          {t(DETAIL_TEXTS.editProfile)}
        </RouterButton>
      }
      data-testid="applicant-card"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t(DETAIL_TEXTS.enterpriseName), children: text(data.name), span: 'filled' },
          { key: 'uscc', label: t(DETAIL_TEXTS.uscc), children: text(data.uscc) },
          { key: 'district', label: t(DETAIL_TEXTS.district), children: district ? t(district.name) : '—' },
          {
            key: 'recommendingUnit',
            label: t(DETAIL_TEXTS.recommendingUnit),
            span: 'filled',
            children: (
              <span data-testid="applicant-recommending-unit">
                {unit ? `${t(unit.shortName)}（${t(unit.fullName)}）` : '—'}
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {t(routedUnitCode ? DETAIL_TEXTS.recommendingUnitRouted : DETAIL_TEXTS.recommendingUnitHint)}
                </Typography.Text>
              </span>
            ),
          },
          { key: 'size', label: t(DETAIL_TEXTS.sizeClass), children: profile.sizeClass ? t(ENTERPRISE_SIZE_LABELS[profile.sizeClass]) : '—' },
          {
            key: 'legalRepresentative',
            label: t(ENTERPRISE_PROFILE_FORM.fields.legalRepresentativeName.label),
            children: (
              <span data-testid="applicant-legal-representative">
                {[data.legalRepresentativeName, data.legalRepresentativeId].filter((part) => typeof part === 'string' && part !== '').join(' ') || '—'}
              </span>
            ),
          },
          { key: 'contact', label: t(DETAIL_TEXTS.contact), children: [data.contactName, data.contactPhone].filter((part) => typeof part === 'string').join(' ') || '—' },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(DETAIL_TEXTS.applicantHint)}
      </Typography.Text>
    </Card>
  );
}
