import type { LocalizedText } from '@shifan/domain';

export const VERIFICATION_TEXTS = {
  title: { zh: '企业认证', en: 'Enterprise verification' },
  intro: {
    zh: '为证明本账户确由该企业注册，请上传营业执照扫描件和加盖公章、法定代表人签字的授权书。企业信息中选择的推荐单位或市经信局审核通过后，方可提交申报；认证前可以填写和保存申报书。',
    en: 'To prove that this account was registered by the enterprise itself, upload a scan of the business licence and an authorisation letter signed by the legal representative and sealed. Once the recommending unit chosen in your profile or the city accepts them you can submit applications; until then you can fill in and save drafts.',
  },
  status: { zh: '认证状态', en: 'Status' },
  reason: { zh: '未通过原因', en: 'Why it was rejected' },
  rejectedHint: { zh: '请按原因修改后重新上传材料，上传后将再次进入审核。', en: 'Fix what the reason says and upload again; it then goes back for review.' },
  pendingHint: { zh: '材料已提交，正在等待审核。审核期间不能更换材料。', en: 'Your documents are waiting for review. They cannot be changed meanwhile.' },
  verifiedHint: { zh: '企业已通过认证，可以提交申报。', en: 'Your enterprise is verified and can submit applications.' },
  upload: { zh: '上传', en: 'Upload' },
  replace: { zh: '重新上传', en: 'Upload again' },
  notUploaded: { zh: '未上传', en: 'Not uploaded' },
  onlyAdmin: { zh: '只有企业管理员可以上传认证材料。', en: 'Only the enterprise administrator can upload these documents.' },
  accepted: { zh: '支持 PDF、JPG、PNG、OFD,单个文件不超过 10 MB', en: 'PDF, JPG, PNG or OFD, at most 10 MB each' },
  uploaded: { zh: '已上传', en: 'Uploaded' },
  bannerTitle: { zh: '企业尚未通过认证，暂不能提交申报', en: 'Your enterprise is not verified yet, so you cannot submit' },
  bannerText: {
    zh: '您可以继续填写并保存申报书。请在“我的账户”页上传营业执照和授权书，审核通过后即可提交。',
    en: 'You can go on filling in and saving the application. Upload the business licence and the authorisation letter on “My account”; once they are accepted you can submit.',
  },
  bannerLink: { zh: '去完成企业认证', en: 'Verify your enterprise' },
} as const satisfies Record<string, LocalizedText>;
