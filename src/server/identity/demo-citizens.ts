/**
 * Demo citizens known to the embedded OpenID provider. Synthetic people with valid-format but
 * made-up ID numbers; never present in production (the embedded provider is refused there).
 */

export interface DemoCitizen {
  /** The OIDC subject. */
  subject: string;
  username: string;
  password: string;
  name: string;
  idNumber: string;
  phone: string;
}

export const DEMO_CITIZEN_PASSWORD = 'Demo#2026';

export const DEMO_CITIZENS: readonly DemoCitizen[] = [
  {
    subject: 'demo-citizen-0001',
    username: 'zhangwei',
    password: DEMO_CITIZEN_PASSWORD,
    name: '张伟',
    idNumber: '530102198503140020',
    phone: '13800000001',
  },
  {
    subject: 'demo-citizen-0002',
    username: 'lina',
    password: DEMO_CITIZEN_PASSWORD,
    name: '李娜',
    idNumber: '530102198807200045',
    phone: '13800000002',
  },
  {
    subject: 'demo-citizen-0003',
    username: 'chenming',
    password: DEMO_CITIZEN_PASSWORD,
    name: '陈明',
    idNumber: '530102197006060033',
    phone: '13900139000',
  },
  {
    subject: 'demo-citizen-0004',
    username: 'liguoqiang',
    password: DEMO_CITIZEN_PASSWORD,
    name: '李国强',
    idNumber: '532524197208080018',
    phone: '13700137000',
  },
];
