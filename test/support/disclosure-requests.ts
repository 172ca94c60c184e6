import type {
  OnlineRequestInput,
  StaffRegistrationInput,
} from '../../src/use-cases/disclosure-requests/request-input.ts';

/** A valid applicant block (居民身份证 with a correct check digit). */
export function validApplicant(
  overrides: Partial<OnlineRequestInput['applicant']> = {},
): OnlineRequestInput['applicant'] {
  return {
    applicantType: 'naturalPerson',
    name: '张三',
    identityDocumentKind: 'residentIdentityCard',
    identityDocumentNumber: '330402199001011230',
    phone: '13812345678',
    email: 'zhangsan@example.com',
    postalAddress: '浙江省嘉兴市南湖区示例路1号',
    postalCode: '314000',
    ...overrides,
  };
}

export function validInformation(
  overrides: Partial<OnlineRequestInput['information']> = {},
): OnlineRequestInput['information'] {
  return {
    informationTitle: '2024年度商贸流通专项资金分配结果',
    informationDocumentNumber: '示商〔2024〕12号',
    informationDescription: '请提供2024年度商贸流通专项资金的分配结果及分配依据。',
    purpose: '了解政策',
    requestedForm: 'electronic',
    deliveryMethod: 'email',
    ...overrides,
  };
}

export function onlineRequestInput(
  options: { agencySlug: string } & Partial<OnlineRequestInput>,
): OnlineRequestInput {
  return { applicant: validApplicant(), information: validInformation(), ...options };
}

export function staffRegistrationInput(
  options: { agencySlug: string; receivedOn: string } & Partial<StaffRegistrationInput>,
): StaffRegistrationInput {
  return {
    channel: 'registeredMail',
    applicant: validApplicant(),
    information: validInformation(),
    ...options,
  };
}
