import { ApiClient } from './api-client';
import { smallPdf } from './application-ui';

/**
 * Issue #12: a newly registered enterprise submits only once verified. Verifies it through the real API, as the
 * browser tests' other setup steps do: the enterprise administrator uploads the 营业执照 and the 授权书, and a city
 * officer accepts them. `enterprise` is the administrator's signed-in client.
 */
export async function verifyEnterprise(baseUrl: string, enterprise: ApiClient, password = 'Shifan@2026'): Promise<void> {
  for (const kind of ['business_licence', 'authorisation_letter']) {
    const uploaded = await enterprise.post(`/api/enterprise/verification/documents/${kind}`, smallPdf(8), { 'X-File-Name': encodeURIComponent(`${kind}.pdf`) });
    if (uploaded.status !== 201) throw new Error(`verification upload answered ${uploaded.status}: ${JSON.stringify(uploaded.body)}`);
  }
  const own = await enterprise.get('/api/enterprise/verification');
  const city = await ApiClient.signIn(baseUrl, 'city.officer', password);
  const decided = await city.post(`/api/review/verifications/${own.body.enterpriseId}/decision`, { decision: 'accept' });
  if (decided.status !== 200) throw new Error(`verification decision answered ${decided.status}: ${JSON.stringify(decided.body)}`);
}
