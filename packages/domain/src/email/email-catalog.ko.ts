import type { EmailCatalog } from './email-catalog.en';

/** The words of every e-mail, in Korean; same keys as email-catalog.en.ts. */
export const emailCatalogKo: EmailCatalog = {
  common: {
    greeting: '{{name}}님, 안녕하세요.',
    linkIntro: '아래 링크를 여세요:',
    signature: 'Spillover, 기업과 연구기관을 잇는 기술 확산 플랫폼',
    why: '{{address}} 주소로 Spillover 계정이 있어 이 메일을 보내 드립니다.',
    unsubscribe: '{{type}} 메일 수신 거부:',
  },
  types: {
    account: {
      verifyEmail: {
        name: '이메일 주소 확인',
        subject: '이메일 주소를 확인해 주세요',
        body_one:
          '{{address}} 주소가 본인의 것인지 확인해 주세요. 링크는 {{count}}시간 동안 유효합니다.',
        body_other:
          '{{address}} 주소가 본인의 것인지 확인해 주세요. 링크는 {{count}}시간 동안 유효합니다.',
        action: '내 주소 확인하기',
      },
      passwordReset: {
        name: '비밀번호 재설정',
        subject: 'Spillover 비밀번호 재설정',
        body_one:
          '계정의 비밀번호 재설정이 요청되었습니다. 링크는 {{count}}분 동안 한 번만 쓸 수 있습니다. 직접 요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
        body_other:
          '계정의 비밀번호 재설정이 요청되었습니다. 링크는 {{count}}분 동안 한 번만 쓸 수 있습니다. 직접 요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
        action: '새 비밀번호 정하기',
      },
    },
    organization: {
      invited: {
        name: '조직 초대',
        subject: '{{organization}}에서 Spillover로 초대했습니다',
        body: '{{inviter}}님이 {{address}} 주소를 {{organization}}에 초대했습니다. 이 주소로 로그인하고 주소를 확인한 뒤 초대를 수락하세요.',
        action: '초대 보기',
      },
    },
  },
  unsubscribe: {
    title: '수신 거부',
    confirm: '{{address}} 주소로 {{type}} 메일을 그만 받으시겠습니까?',
    button: '수신 거부',
    done: '완료되었습니다. {{address}} 주소로 더 이상 {{type}} 메일을 보내지 않습니다.',
    invalid: '유효하지 않은 수신 거부 링크입니다. 최근 메일의 링크를 사용하세요.',
  },
};
