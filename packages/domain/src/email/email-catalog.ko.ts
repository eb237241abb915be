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
    match: {
      strong: {
        name: '새로운 강한 매칭',
        subject: '{{need}} 수요에 새로 강하게 맞는 역량',
        body: '{{organization}}의 역량 "{{capability}}" 항목이 수요 "{{need}}"에 {{percent}}% 맞습니다.',
        action: '매칭 보기',
      },
    },
    interest: {
      received: {
        name: '받은 관심표명',
        subject: '{{organization}}에서 {{listing}}에 관심을 표명했습니다',
        body: '{{organization}}에서 "{{listing}}"에 관심을 표명했습니다.',
        action: '관심표명 보기',
      },
      shortlisted: {
        name: '후보로 선정된 관심표명',
        subject: '{{listing}}에 대한 관심표명이 후보로 선정되었습니다',
        body: '{{organization}}에서 "{{listing}}"에 대한 관심표명을 후보로 선정했습니다.',
        action: '관심표명 보기',
      },
      accepted: {
        name: '수락된 관심표명',
        subject: '{{listing}}에 대한 관심표명이 수락되었습니다',
        body: '{{organization}}에서 "{{listing}}"에 대한 관심표명을 수락했습니다.',
        action: '관심표명 보기',
      },
      declined: {
        name: '거절된 관심표명',
        subject: '{{listing}}에 대한 관심표명이 거절되었습니다',
        body: '{{organization}}에서 "{{listing}}"에 대한 관심표명을 거절했습니다. 사유: {{reason}}',
        action: '관심표명 보기',
      },
    },
    message: {
      received: {
        name: '새 메시지',
        subject: '{{organization}}에서 새 메시지를 보냈습니다',
        body: '{{organization}}에서 "{{listing}}"에 관해 메시지를 보냈습니다.',
        action: '메시지 읽기',
      },
    },
    cluster: {
      applicationDecided: {
        name: '클러스터 가입 신청 결과',
        subject: '{{clusterKo}}: {{organization}} 가입 신청 결과',
        body: '{{clusterKo}}에서 {{organization}}의 가입 신청을 결정했습니다.',
        body_ADMITTED: '{{clusterKo}}에서 {{organization}}의 가입을 승인했습니다. 사유: {{reason}}',
        body_REJECTED:
          '{{clusterKo}}에서 {{organization}}의 가입 신청을 거절했습니다. 사유: {{reason}}',
        action: '클러스터 보기',
      },
      partnershipProposed: {
        name: '내 클러스터에 제안된 협력(파트너십)',
        subject: '{{proposerKo}}에서 {{recipientKo}}에 협력(파트너십)을 제안했습니다',
        body: '{{proposerKo}}에서 {{recipientKo}}에 {{kindKo}} 협력(파트너십)을 제안했습니다. 메모: {{note}}',
        action: '제안에 응답하기',
      },
      partnershipAnswered: {
        name: '협력(파트너십) 제안에 대한 응답',
        subject: '{{recipientKo}}에서 {{proposerKo}}의 협력(파트너십) 제안에 응답했습니다',
        subject_ACTIVE: '{{recipientKo}}에서 {{proposerKo}}의 협력(파트너십) 제안을 수락했습니다',
        subject_DECLINED: '{{recipientKo}}에서 {{proposerKo}}의 협력(파트너십) 제안을 거절했습니다',
        body: '{{recipientKo}}에서 {{proposerKo}}의 협력(파트너십) 제안에 응답했습니다.',
        body_ACTIVE:
          '{{recipientKo}}에서 {{proposerKo}}의 협력(파트너십) 제안을 수락했습니다. 이제 두 클러스터 회원기관이 서로의 클러스터 공개 기술수요와 보유역량을 볼 수 있습니다.',
        body_DECLINED:
          '{{recipientKo}}에서 {{proposerKo}}의 협력(파트너십) 제안을 거절했습니다. 사유: {{reason}}',
        action: '협력(파트너십) 보기',
      },
      partnershipEnded: {
        name: '종료된 협력(파트너십)',
        subject: '협력(파트너십) 종료: {{proposerKo}} · {{recipientKo}}',
        subject_WITHDRAWN:
          '{{proposerKo}}에서 {{recipientKo}}에 대한 협력(파트너십) 제안을 철회했습니다',
        body: '{{endedByKo}}에서 협력(파트너십)을 종료했습니다({{proposerKo}} · {{recipientKo}}). 사유: {{reason}}',
        body_WITHDRAWN:
          '{{proposerKo}}에서 {{recipientKo}}에 제안한 협력(파트너십)을 응답 전에 철회했습니다. 사유: {{reason}}',
        action: '협력(파트너십) 보기',
      },
    },
    need: {
      ndaAccepted: {
        name: '내 수요에 대한 비밀유지 동의',
        subject: '{{organization}}에서 {{need}} 비밀유지 계약에 동의했습니다',
        body: '{{organization}}에서 수요 "{{need}}"의 비밀유지 계약에 동의하여 이제 기밀 내용을 볼 수 있습니다.',
        action: '수요 보기',
      },
      deadlineSoon: {
        name: '3일 후 마감',
        subject: '수요 {{need}} 마감일: {{deadline}}',
        body: '수요 "{{need}}"의 마감일은 3일 후인 {{deadline}}입니다.',
        action: '수요 보기',
      },
    },
    collaboration: {
      completed: {
        name: '협력 완료 처리',
        subject: '{{organization}}에서 협력을 완료 처리했습니다',
        body: '{{organization}}에서 협력 "{{title}}" 건을 완료 처리했습니다.',
        body_SOLVED: '{{organization}}에서 협력 "{{title}}" 건을 해결로 완료 처리했습니다.',
        body_ONGOING:
          '{{organization}}에서 협력 "{{title}}" 건을 완료 처리했습니다. 협력은 플랫폼 밖에서 계속됩니다.',
        body_DISCONTINUED: '{{organization}}에서 협력 "{{title}}" 건을 중단으로 완료 처리했습니다.',
        action: '협력 보기',
      },
    },
    call: {
      opened: {
        name: '내 클러스터의 공모 개시',
        subject: '공모 개시: {{callKo}}',
        body: '{{clusterKo}}에서 공모 "{{callKo}}" 신청을 받습니다. 신청 마감: {{deadline}}',
        action: '공모 보기',
      },
    },
    review: {
      invited: {
        name: '평가위원 위촉 요청',
        subject: '공모 {{callKo}} 평가위원으로 위촉되었습니다',
        body: '{{inviter}} 님이 공모 "{{callKo}}" 평가위원회에 위촉을 요청했습니다. 로그인(또는 이 주소로 가입)하고 이메일 주소를 확인한 뒤 내 평가에서 수락하세요.',
        action: '위촉 응답하기',
      },
      assigned: {
        name: '배정된 평가 대상',
        subject: '공모 {{callKo}} 평가 대상이 배정되었습니다',
        body_one:
          '공모 "{{callKo}}"의 신청서 {{count}}건이 배정되었습니다. 이해충돌이 없음을 서약한 뒤 평가하세요.',
        body_other:
          '공모 "{{callKo}}"의 신청서 {{count}}건이 배정되었습니다. 이해충돌이 없음을 서약한 뒤 평가하세요.',
        action: '내 평가 열기',
      },
      reminder: {
        name: '미완료 평가 독려',
        subject: '공모 {{callKo}} 평가가 아직 남아 있습니다',
        body_one: '공모 "{{callKo}}"의 평가 {{count}}건이 아직 제출되지 않았습니다.',
        body_other: '공모 "{{callKo}}"의 평가 {{count}}건이 아직 제출되지 않았습니다.',
        action: '내 평가 열기',
      },
      reopened: {
        name: '제출한 평가의 재개',
        subject: '{{application}} 평가가 재개되었습니다',
        body: '공모 "{{callKo}}" 운영자가 "{{application}}" 평가를 재개했습니다. 수정한 뒤 다시 제출하세요.',
        action: '평가 열기',
      },
    },
    application: {
      partnerInvited: {
        name: '컨소시엄 참여 초대',
        subject: '{{lead}}에서 {{partner}}에 컨소시엄 참여를 요청했습니다',
        body: '{{lead}}에서 공모 "{{callKo}}"의 신청서 "{{application}}"에 {{partner}}의 참여를 요청했습니다. 초대 목록에서 수락하거나 거절하세요.',
        action: '초대에 응답하기',
      },
      partnerAnswered: {
        name: '컨소시엄 초대에 대한 응답',
        subject: '{{partner}}에서 초대에 응답했습니다',
        subject_ACCEPTED: '{{partner}}에서 컨소시엄 참여를 수락했습니다',
        subject_DECLINED: '{{partner}}에서 컨소시엄 참여를 거절했습니다',
        body: '{{partner}}에서 "{{application}}" 초대에 응답했습니다.',
        body_ACCEPTED:
          '{{partner}}에서 "{{application}}" 참여를 수락했습니다. 이제 신청자격 판단에 포함됩니다.',
        body_DECLINED: '{{partner}}에서 "{{application}}" 참여를 거절했습니다.',
        action: '신청서 보기',
      },
      deadlineSoon: {
        name: '신청한 공모의 마감 임박',
        subject: '공모 {{callKo}} 마감: {{deadline}}',
        body: '공모 "{{callKo}}"의 신청 마감 일시: {{deadline}} ({{days}}일 이내). 그 전에 신청서를 제출하거나 확인하세요.',
        action: '신청서 보기',
      },
      deadlineExtended: {
        name: '공모 마감 연장',
        subject: '공모 {{callKo}} 마감 연장: {{deadline}}',
        body: '공모 "{{callKo}}"의 마감이 연장되었습니다. 새 마감 일시: {{deadline}}',
        action: '신청서 보기',
      },
      eligibilityDecided: {
        name: '신청자격 판정',
        subject: '신청서 "{{application}}" 신청자격 판정: {{status}}',
        body: '공모 "{{callKo}}"에 낸 신청서 "{{application}}"의 신청자격 판정 결과는 {{status}}입니다. {{reason}}',
        action: '신청서 보기',
      },
    },
    award: {
      published: {
        name: '신청한 공모의 결과 발표',
        subject: '공모 {{callKo}} 결과: {{resultKo}}',
        body: '공모 "{{callKo}}"의 결과가 발표되었습니다. 신청서 "{{application}}"의 순위는 {{rank}}위, 결과는 {{resultKo}}입니다. 결과 페이지에서 점수, 평가의견과 사유를 확인하고 {{redressUntil}}까지 이의신청을 할 수 있습니다.',
        action: '결과 보기',
      },
      changed: {
        name: '선정 결과 변경',
        subject: '신청서 "{{application}}" 결과 변경: {{resultKo}}',
        body: '공모 "{{callKo}}"에 낸 신청서 "{{application}}"의 결과가 변경되었습니다: {{resultKo}}. {{reasonKo}}',
        action: '결과 보기',
      },
      redressAnswered: {
        name: '이의신청 답변',
        subject: '신청서 "{{application}}" 이의신청 답변',
        body: '공모 "{{callKo}}"의 운영자가 신청서 "{{application}}"에 대한 이의신청에 답변했습니다: {{answer}}',
        action: '답변 보기',
      },
    },
    search: {
      newResults: {
        name: '저장한 검색의 새 결과',
        subject: '저장한 검색 {{search}}의 새 결과',
        body_one: '저장한 검색 "{{search}}"에 새 결과가 {{count}}건 있습니다.',
        body_other: '저장한 검색 "{{search}}"에 새 결과가 {{count}}건 있습니다.',
        action: '결과 보기',
      },
    },
    notification: {
      digest: {
        name: '일일 요약',
        subject: '오늘의 Spillover 알림',
        body_one: '어제부터 알림 {{count}}건: {{items}}',
        body_other: '어제부터 알림 {{count}}건: {{items}}',
        action: '알림함 열기',
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
