# Turkish, German, French, Spanish and Russian stories for the forty-third held-out part (h43-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h43_en.py.
ARTICLES = [
dict(id="h43-tr-001", lang="tr", tpl="cms", section="Gündem", date="2026-09-22", byline="Derya Özkaynak",
     title="Belediye barınağında yer kalmadı, sahiplendirme günü cumartesi",
     sub="180 köpek kapasiteli barınakta şu anda 212 köpek bakılıyor.",
     caption="Kozluca Belediyesi Geçici Hayvan Bakımevi'nde köpekler.", credit="Fotoğraf: Derya Özkaynak",
     carry=["petboard"],
     body="""
Kozluca Belediyesi Geçici Hayvan Bakımevi'nde kapasite doldu. 180 köpek kapasiteli barınakta şu anda 212 köpek bakılıyor.

Barınak sorumlusu veteriner hekim Selin Akbulut, son üç ayda sokaktan toplanan hayvan sayısının geçen yılın iki katına çıktığını söyledi. Akbulut'a göre gelen köpeklerin önemli bir kısmı aslında sahipli hayvanlar.

"Tasması olan, eğitimli, insana alışkın köpekler geliyor. Çoğunun mikroçipi yok ya da çipteki bilgiler güncel değil. Sahibine ulaşamıyoruz," dedi.

**Sahiplendirme günü**

Belediye, barınaktaki yoğunluğu azaltmak için cumartesi günü Cumhuriyet Parkı'nda sahiplendirme etkinliği düzenleyecek. Etkinlikte aşıları yapılmış, kısırlaştırılmış ve çiplenmiş 40 köpek yeni ailelerini bekleyecek.

Sahiplenmek isteyenlerin kimlik belgesiyle başvurması gerekiyor. Belediye, sahiplendirilen her hayvan için ilk altı ay ücretsiz veteriner kontrolü sağlayacak.

**Mama bağışı çağrısı**

Barınağın günlük mama ihtiyacı 150 kilograma ulaştı. Belediye, esnafa ve vatandaşlara kuru mama, battaniye ve eski havlu bağışı çağrısında bulundu. Bağışlar barınağın girişindeki kulübeye bırakılabiliyor.

Hayvanseverler Derneği Başkanı Murat Kalaycı ise sahiplendirmenin tek başına yeterli olmadığını, kısırlaştırma çalışmalarının da hızlandırılması gerektiğini söyledi. "Her ay sokağa yeni yavrular karışıyor. Kısırlaştırma yapılmazsa barınak ne kadar büyütülse de yetmez," dedi.

Etkinlik cumartesi saat 10.00'da başlayacak.
"""),

dict(id="h43-tr-002", lang="tr", tpl="semantic", section="Yaşam", date="2026-04-14", byline="Ercan Tunalı",
     title="Salı pazarı artık kapalı alanda kuruluyor",
     sub="Güneyyaka'da 40 yıldır açıkta kurulan pazar, eski otogar arazisindeki yeni binaya taşındı.",
     caption="Yeni kapalı pazar yerinde ilk salı.", credit="Fotoğraf: Ercan Tunalı",
     low=0,
     body="""
Yağmurda çamur, yazın güneş altında tezgâh... Güneyyaka Mahallesi'nde 40 yıldır açık alanda kurulan salı pazarı, bu hafta yeni kapalı pazar yerine taşındı.

Belediyenin eski otogar arazisine yaptırdığı kapalı pazar yerinde 220 tezgâh, 60 araçlık otopark ve tuvaletler bulunuyor. Çatıya yerleştirilen güneş panelleri aydınlatmanın elektriğini karşılıyor.

Otuz yıldır pazarda domates satan Hüseyin Kaplan, ilk günden memnun kaldığını söyledi. "Eskiden yağmur yağınca müşteri gelmezdi, biz de malı ıslatırdık. Şimdi hava nasıl olursa olsun açığız," dedi.

Bazı pazarcılar ise tezgâh ücretlerinin arttığından yakındı. Haftalık tezgâh ücreti 150 liradan 200 liraya çıktı. Zabıta Müdürü Kemal Doğru, yeni ücretin elektrik, temizlik ve güvenlik giderlerini karşılamak için belirlendiğini açıkladı.

Mahalle sakinleri de yeni yere ulaşımın kolay olduğunu söylüyor. Pazar yerinin önünden geçen iki belediye otobüsü hattı salı günleri daha sık sefer yapacak.

Eski pazar alanının yeşil alana dönüştürülmesi planlanıyor. Belediye, park projesi için mahalle sakinlerinin görüşünü almak üzere gelecek ay bir toplantı düzenleyecek.

Pazar her salı 07.00 ile 19.00 arasında açık.
"""),

dict(id="h43-tr-003", lang="tr", tpl="magazine", section="Kültür", date="2026-10-05", byline="Sevgi Karabulut",
     title="Bakırcılar Çarşısı'nın son ustası yarım asırdır aynı tezgâhta",
     sub="74 yaşındaki Rıfat Ekinci, çarşıda hâlâ çekiç sallayan tek usta.",
     caption="Rıfat Ekinci dükkânında bir siniyi dövüyor.", credit="Fotoğraf: Sevgi Karabulut",
     pull="Çekiç sesi susarsa çarşı da susar.",
     look=[("dropcap", "Sabah yedide kepengi açıyor"), ("box", "Dükkân pazar hariç her gün açık")],
     body="""
Sabah yedide kepengi açıyor, akşam altıya kadar çekiç sesi hiç eksik olmuyor. 74 yaşındaki Rıfat Ekinci, Eskikale'deki Bakırcılar Çarşısı'nda hâlâ çalışan son usta.

Çarşıda 1970'lerde 30'dan fazla bakırcı dükkânı vardı. Bugün dükkânların çoğunda hediyelik eşya, çay ve telefon aksesuarı satılıyor.

## Babadan kalan meslek

Ekinci mesleğe 11 yaşında, babasının yanında çırak olarak başladı. Kazan, sini, güğüm, cezve; çarşıda yapılmayan iş yoktu. "Eskiden her gelin çeyizine bakır alırdı. Bir düğün sezonunda yüz tane sini dövdüğümü bilirim," diyor.

Bugün siparişlerin çoğu restoranlardan ve turistlerden geliyor. Eski kapların kalaylanması ise hâlâ dükkânın en çok yaptığı iş.

## Çırak bulmak zor

Ustanın en büyük derdi, mesleği devredecek kimsenin olmaması. Son beş yılda yanına üç genç geldi, üçü de birkaç ay sonra bıraktı.

"Çekiç sesi susarsa çarşı da susar. Bu iş sabır ister. Gençleri de suçlamıyorum, kazancı az, emeği çok," diyor.

Eskikale Belediyesi geçen yıl çarşıdaki ustaların ders vermesi için bir atölye programı başlattı. Programa şu ana kadar 18 kişi katıldı. Ekinci de haftada iki gün belediyenin atölyesinde ders veriyor.

Dükkân pazar hariç her gün açık. Kalaylama için kap getirenlerin bir hafta beklemesi gerekiyor.
"""),

dict(id="h43-de-001", lang="de", tpl="typo3", section="Wirtschaft", date="2026-03-17", byline="Jonas Hellweger",
     title="Stadtwerke Lindenheide bieten Stromtarif mit Stundenpreisen an",
     sub="Wer Wärmepumpe oder Elektroauto in günstigen Stunden laufen lässt, soll sparen. Verbraucherschützer mahnen zur Vorsicht.",
     caption="Ein intelligenter Stromzähler im Kundenzentrum der Stadtwerke.", credit="Foto: Jonas Hellweger",
     carry=["powerprices"],
     body="""
Wer seine Wärmepumpe oder sein Elektroauto dann laufen lässt, wenn Strom billig ist, soll bei den Stadtwerken Lindenheide künftig weniger zahlen. Von April an bieten die Stadtwerke einen Tarif an, dessen Preis sich stündlich ändert.

Der Preis folgt dem Großhandel an der Strombörse. In sonnigen und windigen Stunden kann die Kilowattstunde nach Angaben der Stadtwerke unter 20 Cent fallen, an kalten, windstillen Abenden aber auch über 45 Cent steigen.

**Für wen sich das lohnt**

Voraussetzung ist ein intelligenter Stromzähler, den die Stadtwerke auf Wunsch kostenlos einbauen. Geschäftsführerin Annette Vollrath rechnet vor allem mit Kunden, die viel Strom verbrauchen und den Verbrauch zeitlich verschieben können.

„Eine Familie mit Wärmepumpe und Elektroauto kann im Jahr mehrere Hundert Euro sparen. Wer abends um sieben kocht, wäscht und fernsieht, spart dagegen nichts", sagte sie.

**Verbraucherschützer mahnen zur Vorsicht**

Die Verbraucherberatung im Landkreis rät, den Tarif nicht ungeprüft abzuschließen. Beraterin Heike Brandner sagte, ein dynamischer Tarif sei ein Risiko, wenn die Preise im Winter über Wochen hoch blieben. „Man sollte wissen, wie viel Strom man wann verbraucht, bevor man wechselt."

Rentner Gerd Hollmann aus Oberheide hat den Tarif bereits getestet. Er lädt sein Auto inzwischen fast nur noch mittags. „Die App sagt mir, wann es billig ist. Das ist fast ein Sport geworden", sagte er.

Die Stadtwerke beraten Interessierte dienstags und donnerstags von 9 bis 12 Uhr im Kundenzentrum am Marktplatz.
"""),

dict(id="h43-de-002", lang="de", tpl="drupal", site="Gemeinde Hollenried", kind="public", section="Aktuelles",
     date="2026-04-02", byline="Gemeindeverwaltung",
     title="Dorfladen öffnet im Mai: Fünf Fragen an Bürgermeisterin Katrin Ebeling",
     sub="Im ehemaligen Gasthaus „Zur Post“ entsteht ein genossenschaftlicher Dorfladen.",
     caption="Das ehemalige Gasthaus „Zur Post“ in der Ortsmitte.", credit="Gemeinde Hollenried",
     look=[("box", "Der Laden ist montags bis samstags")],
     body="""
Im ehemaligen Gasthaus „Zur Post" eröffnet am 2. Mai der neue Dorfladen von Hollenried. Betrieben wird er von einer Genossenschaft, der bereits 212 Bürgerinnen und Bürger beigetreten sind. Wir haben Bürgermeisterin Katrin Ebeling gefragt, was auf das Dorf zukommt.

**Frau Ebeling, warum braucht Hollenried einen Dorfladen?**

Seit der Bäcker vor drei Jahren zugemacht hat, gibt es im Ort nichts mehr zu kaufen. Wer kein Auto hat, ist auf Nachbarn angewiesen. Das betrifft vor allem ältere Menschen.

**Was wird es geben?**

Lebensmittel für den täglichen Bedarf, frisches Brot von einer Bäckerei aus dem Nachbarort, Obst und Gemüse von Höfen aus der Umgebung. Dazu eine Ecke mit Kaffee und ein paar Tischen.

**Wer trägt das Risiko?**

Die Genossenschaft. Die Gemeinde hat das Gebäude gekauft und vermietet es günstig. Den Umbau hat das Land mit 180.000 Euro gefördert.

**Und wenn es nicht läuft?**

Dann müssen wir ehrlich sein. Aber ich bin zuversichtlich. Bei der Informationsversammlung im Herbst war der Saal voll.

**Kann man noch mitmachen?**

Ja. Ein Anteil kostet 100 Euro. Außerdem sucht der Laden Ehrenamtliche für den Samstagvormittag.

Der Laden ist montags bis samstags von 7 bis 13 Uhr und donnerstags zusätzlich von 15 bis 18 Uhr geöffnet.
"""),

dict(id="h43-de-003", lang="de", tpl="portal", section="Polizei und Justiz", date="2026-06-24", byline="Miriam Oltmanns",
     title="Amtsgericht Kressenbach: Bewährung für Geldabholer beim Enkeltrick",
     sub="Der 23-Jährige hatte zwei Seniorinnen 41.000 Euro abgenommen.",
     caption="Das Amtsgericht Kressenbach am Schlossplatz.", credit="Foto: Miriam Oltmanns",
     carry=["courtlist"],
     look=[("highlight", "Nach Überzeugung des Gerichts")],
     body="""
Das Amtsgericht Kressenbach hat einen 23-Jährigen zu einem Jahr und zehn Monaten auf Bewährung verurteilt, weil er für Telefonbetrüger als Geldabholer unterwegs war. Er hatte zwei Seniorinnen insgesamt 41.000 Euro abgenommen.

Nach Überzeugung des Gerichts war der Angeklagte im vergangenen Frühjahr zweimal im Auftrag einer Bande unterwegs, die ihre Opfer aus dem Ausland anrief. Eine Anruferin gab sich als Tochter aus, die nach einem Unfall dringend Geld für eine Kaution brauche.

## Opfer im Zeugenstand

Eine der Frauen, eine 84-Jährige aus Kressenbach, sagte am Dienstag als Zeugin aus. Sie habe das Geld in einer Stofftasche an der Haustür übergeben. „Ich habe meiner Tochter geglaubt. Die Stimme klang genau wie ihre", sagte sie.

Der Angeklagte räumte die Taten ein. Er habe sich über einen Messengerdienst für einen „Kurierjob" gemeldet und 500 Euro pro Fahrt bekommen. Wer hinter den Anrufen stehe, wisse er nicht.

## Geständnis und Wiedergutmachung

Die Richterin wertete das Geständnis und seine Bereitschaft, den Schaden in Raten zurückzuzahlen, zu seinen Gunsten. Er muss außerdem 200 Stunden gemeinnützige Arbeit leisten.

„Sie waren nur ein kleines Rad. Aber ohne Leute wie Sie funktioniert diese Masche nicht", sagte die Richterin in der Urteilsbegründung.

Die Polizei rät, bei Anrufen mit Geldforderungen sofort aufzulegen. Angehörige sollte man unter der bekannten Nummer zurückrufen. Das Urteil ist noch nicht rechtskräftig.
"""),

dict(id="h43-fr-001", lang="fr", tpl="quintype", section="Faits divers", date="2026-02-11", byline="Aurélien Guérin",
     title="Tribunal de Saint-Aubert : six mois ferme pour un chauffard récidiviste",
     sub="Contrôlé à 132 km/h sans permis et avec 0,74 mg d'alcool par litre d'air, il comparaissait pour la quatrième fois.",
     caption="Le palais de justice de Saint-Aubert.", credit="Photo : Aurélien Guérin",
     carry=["courtlist"],
     look=[("highlight", "La procureure a rappelé")],
     body="""
Un homme de 34 ans a été condamné mardi par le tribunal correctionnel de Saint-Aubert à un an de prison, dont six mois ferme, pour avoir conduit sans permis et sous l'emprise de l'alcool pour la quatrième fois en cinq ans.

Le prévenu avait été contrôlé le 12 janvier à 2 heures du matin sur la départementale 17, à la sortie de Montcalès, à 132 km/h au lieu de 80. L'éthylotest avait révélé un taux de 0,74 milligramme par litre d'air expiré.

## « Je n'ai pas d'excuse »

À la barre, l'homme, plaquiste de profession, a reconnu les faits. « Je n'ai pas d'excuse. Je rentrais d'un anniversaire, je pensais que ça irait », a-t-il déclaré.

Son permis lui avait été retiré en 2022. Depuis, il avait été contrôlé à deux reprises au volant.

La procureure a rappelé qu'un accident sur cette même route avait coûté la vie à deux jeunes en 2024. « Vous avez eu de la chance, eux non », a-t-elle lancé, avant de requérir dix mois ferme.

## Un aménagement possible

Son avocate, Me Claire Vasseur, a plaidé pour une peine aménageable, soulignant que son client venait de signer un contrat à durée indéterminée et s'était engagé dans un suivi avec un addictologue.

Le tribunal a suivi en partie cette demande : la partie ferme pourra être effectuée sous bracelet électronique. La voiture, qui appartenait au prévenu, a été confisquée.

Il dispose de dix jours pour faire appel.
"""),

dict(id="h43-fr-002", lang="fr", tpl="chunks", section="Société", date="2026-08-19", byline="Nadège Fontanel",
     title="Le refuge des Quatre-Vents affiche complet après une vague d'abandons",
     sub="Cent vingt chiens et quatre-vingts chats attendent une famille à Loubières.",
     caption="Une bénévole du refuge des Quatre-Vents avec un chien recueilli cet été.", credit="Photo : Nadège Fontanel",
     carry=["petboard"],
     body="""
Cent vingt chiens et quatre-vingts chats : le refuge des Quatre-Vents, à Loubières, n'a plus une seule place libre. Depuis le début de l'été, l'association a recueilli deux fois plus d'animaux que l'an dernier à la même période.

« On nous en dépose tous les jours, parfois devant le portail, la nuit, attachés », raconte la présidente, Martine Roussel. Samedi, une portée de six chatons a été retrouvée dans un carton près des bennes de la zone artisanale.

Selon elle, les raisons sont souvent financières. Le prix des croquettes et des consultations chez le vétérinaire a fortement augmenté, et certains propriétaires ne trouvent plus de location qui accepte les animaux.

Beaucoup de chiens arrivent sans puce électronique, ou avec une puce enregistrée à une ancienne adresse. Le refuge rappelle que l'identification est obligatoire et que le changement d'adresse se fait en ligne, gratuitement.

Pour adopter, la démarche se fait en quatre étapes :

1. Remplir un questionnaire sur place ou en ligne
2. Rencontrer l'animal lors d'une ou deux visites
3. Signer un contrat d'adoption avec un bénévole
4. Recevoir une visite de suivi un mois plus tard

Les frais d'adoption s'élèvent à 250 euros pour un chien et 150 euros pour un chat. Ils couvrent la stérilisation, les vaccins et l'identification.

Le refuge cherche aussi des familles d'accueil et des bénévoles pour promener les chiens le week-end. Il est ouvert au public du mercredi au dimanche, de 14 heures à 17 h 30.
"""),

dict(id="h43-fr-003", lang="fr", tpl="hugo", section="Commerces", date="2026-03-28", byline="Bastien Leclerc",
     title="« Les gens veulent qu'on leur choisisse un livre » : la librairie de Cressac lance ses abonnements",
     sub="Chaque mois, un livre choisi à la main pour chaque abonné. Ils sont déjà 140.",
     caption="Élodie Marchetti dans sa librairie La Page Blanche.", credit="Photo : Bastien Leclerc",
     body="""
Depuis janvier, la librairie La Page Blanche, à Cressac, propose des abonnements : chaque mois, un livre choisi par la libraire, emballé dans du papier kraft, à retirer en boutique ou à recevoir par la poste. Ils sont déjà 140 abonnés. Rencontre avec Élodie Marchetti, qui tient la librairie depuis 2015.

**D'où vient l'idée ?**

De mes clients. Beaucoup me disaient : « Choisissez pour moi, je vous fais confiance. » Je me suis dit qu'on pouvait l'organiser.

**Comment choisissez-vous ?**

Chaque abonné remplit une petite fiche : ce qu'il a aimé, ce qu'il a détesté, ce qu'il ne veut plus jamais lire. Ensuite, je choisis à la main, abonné par abonné. Ça me prend deux jours par mois.

**Ça coûte combien ?**

Vingt-deux euros par mois pour un roman grand format, quinze pour un livre de poche. Il n'y a pas d'engagement, on peut arrêter quand on veut.

**Et les erreurs ?**

Il y en a. Un monsieur m'a rapporté un polar en disant qu'il avait deviné le coupable à la page dix. Je lui ai offert le suivant.

**Vous en vivez ?**

Les abonnements représentent environ un cinquième du chiffre d'affaires. Surtout, ils font revenir en boutique des gens qui n'y venaient plus.

## Un club de lecture

La librairie organise aussi un club de lecture le premier jeudi du mois, à 19 heures. L'entrée est libre.
"""),

dict(id="h43-es-001", lang="es", tpl="concrete", site="El Altavoz de Villar de Cañizo", kind="coop", section="Campo y cooperativa",
     date="2026-10-09", byline="Marisa Peñalver",
     title="La cooperativa de Villar de Cañizo cierra la vendimia con la mejor uva en diez años",
     sub="Los 412 socios han entregado 6,4 millones de kilos. El anticipo sube cuatro céntimos.",
     caption="Remolques de uva a la entrada de la bodega cooperativa.", credit="Foto: Marisa Peñalver / El Altavoz",
     inset=("La báscula de la cooperativa el último día de campaña.", "Foto: Marisa Peñalver"),
     carry=["gallery"],
     look=[("dropcap", "La Cooperativa Vinícola San Isidro"), ("factbox", "La vendimia en cifras"),
           ("box", "Este año, por primera vez")],
     body="""
La Cooperativa Vinícola San Isidro de Villar de Cañizo dio por terminada el viernes la vendimia de 2026, con 6,4 millones de kilos de uva recogidos y, según su enólogo, la mejor calidad de la última década.

Las lluvias de primavera y un final de verano sin olas de calor permitieron que la uva madurara despacio. «El grano ha llegado sano y con buena acidez. Este año no hemos tenido que rechazar ni un remolque», explicó el enólogo, Ignacio Bermejo.

La cosecha ha sido algo menor que la del año pasado, un 8 % menos, por el granizo que cayó en junio en los pagos del norte del término.

## La vendimia en cifras

- 6,4 millones de kilos de uva
- 412 socios entregaron uva
- 63 % de tempranillo y 21 % de garnacha
- 38 días de campaña

La cooperativa pagará a los socios un anticipo de 0,42 euros por kilo en noviembre, cuatro céntimos más que el año pasado. La liquidación final se conocerá en primavera, cuando se vendan los primeros vinos.

El presidente, Julián Carrasco, agradeció el trabajo de las cuadrillas y advirtió de que el relevo generacional sigue siendo el gran problema: la media de edad de los socios supera los 61 años.

Este año, por primera vez, la cooperativa ha contratado a diez jóvenes del pueblo a través de un programa de empleo de la Diputación.

La fiesta de fin de vendimia será el sábado 17 de octubre en la plaza, con degustación del primer mosto.
"""),

dict(id="h43-es-002", lang="es", tpl="medium", site="Hojas de Tierra Alta", kind="indie", section="Gente",
     date="2026-12-18", byline="Andrés Velilla",
     title="«Con seis alumnos no hay dónde esconderse»: un trimestre en la escuela más pequeña de la comarca",
     sub="Rocío Albarrán llegó en septiembre a Fuentelapeña de Arriba. Si baja de cuatro matrículas, la escuela cerrará.",
     caption="Rocío Albarrán con sus seis alumnos en el aula de Fuentelapeña de Arriba.", credit="Foto: Andrés Velilla",
     look=[("italic", "Hablamos con ella al final")],
     body="""
La escuela de Fuentelapeña de Arriba tiene seis alumnos, de tres a once años, y una sola maestra, Rocío Albarrán, que llegó al pueblo en septiembre desde Valladolid. Si el próximo curso baja de cuatro matrículas, la escuela podría cerrar.

Hablamos con ella al final del primer trimestre.

**¿Cómo es un día cualquiera en la escuela?**

Empiezo a las nueve con todos juntos: leemos algo en voz alta y lo comentamos. Luego cada uno trabaja en su nivel y yo voy de mesa en mesa. Los mayores ayudan a los pequeños, y eso no lo enseña ningún libro.

**¿Qué es lo más difícil?**

Preparar seis programaciones distintas. Y la soledad, al principio. Aquí no tienes a quién preguntar en la sala de profesores.

**¿Y lo mejor?**

Que conozco a cada niño de verdad. Con seis alumnos no hay dónde esconderse, ni para ellos ni para mí.

**¿Qué pasará si cierra?**

Los niños tendrían que ir en autobús a Valdeporras, 40 minutos por un puerto que en invierno se hiela. Las familias jóvenes que quedan se irían. Eso lo sabe todo el mundo.

**¿Se quedará?**

Si me dejan, sí. Ya me he apuntado al coro.

El Ayuntamiento ha ofrecido una vivienda gratuita a las familias con niños que se empadronen en el pueblo antes de junio. De momento, dos familias se han interesado.
"""),

dict(id="h43-es-003", lang="es", tpl="sanity", section="Economía", date="2026-05-06", byline="Lucía Monteagudo",
     title="Ochenta familias de Alcorza comparten la luz de las placas del polideportivo",
     sub="Es la primera comunidad energética de la comarca. El ahorro medio rondará los 220 euros al año.",
     caption="Las placas solares en el tejado del polideportivo de Alcorza.", credit="Foto: Lucía Monteagudo",
     carry=["powerprices"],
     look=[("italic", "El jubilado Anselmo Gil"), ("br", "Hay 45 familias en lista de espera")],
     body="""
Ochenta familias de Alcorza pagan desde este mes menos por la luz gracias a las 300 placas solares instaladas en el tejado del polideportivo municipal. Es la primera comunidad energética de la comarca.

La instalación, de 150 kilovatios, costó 190.000 euros, pagados en su mayor parte con fondos europeos. El Ayuntamiento cede el tejado durante 25 años y los vecinos que se han unido pagan una cuota de cinco euros al mes.

Cada hogar recibe una parte de la electricidad que producen las placas, que se descuenta de su factura. La asociación que gestiona la comunidad calcula un ahorro medio de unos 220 euros al año por familia.

La clave, insiste la presidenta de la asociación, Mercedes Lafuente, es consumir de día. «Si pones la lavadora a las doce del mediodía, esa energía es tuya. Si la pones a las nueve de la noche, la pagas a precio de mercado, justo cuando la luz está más cara», explica.

El jubilado Anselmo Gil ya ha cambiado sus costumbres. «El horno, a mediodía. El lavavajillas, después de comer. Al principio mi mujer se reía de mí; ahora es ella la que mira el reloj», cuenta.

La asociación celebrará una reunión informativa en el salón de plenos el 20 de mayo.

Hay 45 familias en lista de espera. El Ayuntamiento estudia instalar otras 200 placas en el tejado del colegio, que podrían estar funcionando el próximo verano.

Las inscripciones se hacen en el Ayuntamiento, de lunes a viernes, de 9 a 14 horas.
"""),

dict(id="h43-ru-001", lang="ru", tpl="ucoz", site="Село Кедровка", kind="small", section="Новости села",
     date="2026-07-13", byline="kedrovka_admin",
     title="В Кедровке всем селом построили детскую площадку у клуба",
     sub="Деньги собрали жители и выпускники сельской школы.",
     caption="Новая детская площадка у сельского клуба.", credit="Фото: жители Кедровки",
     carry=["gallery"],
     body="""
Фотографии с открытия новой детской площадки у сельского клуба мы выложили в альбом на сайте. Спасибо всем, кто их прислал.

Площадку строили три выходных подряд. Деньги, 380 тысяч рублей, собрали жители и выпускники нашей школы, которые давно живут в городе, ещё 150 тысяч выделило сельское поселение.

Качели, горку и песочницу привезли из райцентра, а лавочки и забор делали сами. Доски дала пилорама Николая Сафронова, краску — магазин «Весна». Песок для песочницы привёз на своём грузовике фермер Алексей Дорохов.

Больше всех работал Виктор Иванович Лузгин, ему 72 года. Он каждое утро приходил первым и уходил последним. «Внуки приезжают летом, а им и поиграть негде было. Теперь есть», — говорит он.

На открытии в субботу глава поселения Ольга Петровна Кузьмина вручила благодарственные письма самым активным строителям. Потом пили чай с пирогами, которые напекли в клубе.

Осталось посадить кусты вдоль забора и поставить урну. Кто может помочь с саженцами, звоните Ольге Петровне.

Просим родителей следить, чтобы малыши не качались на больших качелях без взрослых.
"""),

dict(id="h43-ru-002", lang="ru", tpl="regional", section="Общество", date="2026-10-21", byline="Ксения Рябинина",
     title="Приют «Верный друг» просит помочь с кормом и ищет хозяев для 94 собак",
     sub="За лето волонтёры забрали с улиц и из дачных посёлков больше сорока собак.",
     caption="Собаки в вольере приюта «Верный друг».", credit="Фото: Ксения Рябинина",
     carry=["petboard"],
     body="""
В приюте для бездомных животных «Верный друг» на окраине Светлоозёрска сейчас живут 94 собаки и 37 кошек. Это больше, чем приют может вместить, говорит его руководитель Анна Гречко.

За лето волонтёры забрали с улиц и из-под заборов дачных посёлков больше сорока собак. Многие из них, по словам Гречко, домашние: их привезли на дачу на сезон, а осенью оставили.

## Корм заканчивается

Приюту в день нужно около 60 килограммов корма. Запасов, по словам волонтёров, хватит на две недели. Деньги от администрации района по договору на отлов и стерилизацию приходят с задержкой.

«Мы не жалуемся, мы просто честно говорим: если люди не помогут, в ноябре кормить будет нечем», — сказала Анна Гречко.

## Как помочь

Волонтёры принимают сухой корм, крупы, старые одеяла и полотенца. Пункт сбора работает в зоомагазине «Лапа» на улице Мира, 14.

Также приют ищет людей, которые готовы выгуливать собак по выходным, и водителей, которые могут отвезти животных в ветклинику.

## Хозяева находятся

За прошлый год из приюта забрали домой 112 собак. Все животные привиты, стерилизованы и чипированы. Прежде чем отдать собаку, волонтёры знакомятся с будущими хозяевами, а потом навещают их.

Приют открыт для посетителей по субботам и воскресеньям с 11 до 16 часов.
"""),

dict(id="h43-ru-003", lang="ru", tpl="storybody", section="Происшествия", date="2026-11-25", byline="Дмитрий Шабалин",
     title="Бывший лесничий получил условный срок за незаконную рубку у деревни Ельцово",
     sub="Ущерб лесному фонду суд оценил в 4,2 миллиона рублей.",
     caption="Вырубка в квартале у деревни Ельцово.", credit="Фото: Дмитрий Шабалин",
     carry=["courtlist"], section_tag=True,
     body="""
Заречнобродский районный суд приговорил бывшего участкового лесничего к трём годам лишения свободы условно за незаконную рубку леса. Ущерб лесному фонду суд оценил в 4,2 миллиона рублей.

По данным следствия, в 2024 году 46-летний лесничий оформил документы на санитарную рубку погибших деревьев в квартале у деревни Ельцово. На деле нанятая им бригада вырубила здоровые сосны на площади почти шесть гектаров.

**Что говорили в суде**

Подсудимый вину признал частично. Он утверждал, что бригада вышла за границы делянки без его ведома, а сам он не проверял работы из-за болезни.

Суд эту версию не принял. Свидетели, двое рабочих бригады, рассказали, что границы участка им показывал сам лесничий.

**Жители заметили первыми**

О рубке в лесничество сообщили жители Ельцово, которые собирали в этом лесу грибы и увидели штабеля свежих брёвен. «Там был хороший бор, мы туда всю жизнь ходили. Приехали, а там поле», — рассказала пенсионерка Нина Воробьёва.

Помимо условного срока, бывшему лесничему на два года запрещено занимать должности в лесном хозяйстве. С него также взыщут ущерб.

Приговор может быть обжалован в областном суде в течение 15 суток.
"""),
]
