# Turkish, German, French, Spanish and Russian stories for the eleventh held-out part (h11-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h11_en.py.
ARTICLES = [
dict(id="h11-tr-001", lang="tr", tpl="hugo", section="Ulaşım", date="2025-09-16", byline="Burcu Tekinalp",
     title="Sarıçay'da bisiklet yolu ağı 40 kilometreye ulaştı",
     sub="Yeni hat, organize sanayi bölgesini şehir merkezine bağlıyor.",
     caption="Sanayi yolu üzerindeki yeni bisiklet şeridi.", credit="Fotoğraf: Sarıçay Belediyesi",
     body="""
Sarıçay Belediyesi'nin organize sanayi bölgesine uzanan 9 kilometrelik yeni hattı açmasıyla ilçedeki bisiklet yolu ağı 40 kilometreye ulaştı. Hat, şehir merkezini fabrikaların bulunduğu bölgeye kesintisiz olarak bağlıyor.

Belediye, yeni hattın ağırlıklı olarak vardiyalı çalışan işçiler için tasarlandığını açıkladı. Yol boyunca aydınlatma yapıldı, kavşaklara da bisikletliler için ayrı ışıklar konuldu.

Ulaşım Müdürü Serkan Ilgaz, sanayi bölgesinde çalışan yaklaşık 6 bin kişiden ilk ayda 700'ünün bisikletle işe gitmeye başladığını söyledi.

"Servis beklemek yerine yirmi dakikada fabrikadayım."

## Fabrikalar da destek veriyor

Bu sözler, bir tekstil fabrikasında çalışan Emine Sarıkaya'ya ait. Sarıkaya, fabrikanın çalışanlara faizsiz bisiklet kredisi verdiğini anlattı.

Belediye, hat boyunca bisiklet park yerleri kurmak için sanayi bölgesi yönetimiyle iletişim halinde olduğunu belirtti. İlk aşamada şunlar yapılacak:

- beş fabrikanın önüne kapalı park alanı;
- iki noktaya bisiklet tamir istasyonu;
- otobüs duraklarına bisiklet askısı.

Takip eden aylarda hattın kuzeydeki mahallelere uzatılması planlanıyor. Bisiklet derneği ise kış aylarında yolun karla kapanmaması için düzenli temizlik yapılmasını istiyor.

"Yol güzel, ama kışın da kullanılabilmeli," dedi dernek başkanı Oğuz Deniz.
"""),

dict(id="h11-tr-002", lang="tr", tpl="portal", section="Yargı", date="2025-12-04", byline="Kaan Öztürkmen",
     title="Kargo şirketi kaybolan koli için müşteriye 14 bin lira ödeyecek",
     sub="",
     caption="Tüketici hakem heyeti binası.", credit="Fotoğraf: Arşiv",
     body="""
Bir kargo şirketi, içinde dizüstü bilgisayar bulunan bir koliyi kaybettiği gerekçesiyle müşterisine 14 bin lira ödemeye mahkûm edildi. Şirket, sorumluluğunun gönderi başına 500 lirayla sınırlı olduğunu savunmuştu.

Karar, Güneyköy Tüketici Mahkemesi tarafından verildi. Dava, bilgisayarını tamir için başka bir şehre gönderen üniversite öğrencisi Elif Durmaz tarafından açılmıştı.

Durmaz, kolinin sistemde üç hafta boyunca "transfer merkezinde" göründüğünü, ardından kaydın tamamen silindiğini anlattı.

## "Küçük yazılar bağlamaz"

Mahkeme, kargo fişinin arkasındaki küçük puntolu sorumluluk sınırının müşteriye ayrıca gösterilmediğini ve bu nedenle geçerli olmadığını belirtti.

Dinleyin, diyor Durmaz'ın avukatı Seda Kılıçarslan: "Fişi imzalatan görevli bile o yazıları okumamıştı."

Kararda, öğrencinin bilgisayarın faturasını ve kargo teslim belgesini saklamış olmasının belirleyici olduğu vurgulandı.

"Faturayı atmadığım için çok şanslıyım."

Kargo şirketi, karara itiraz edip etmeyeceğini açıklamadı. Şirketin hukuk birimi, kararın gerekçesini incelediklerini söylemekle yetindi. Tüketici dernekleri ise değerli eşya gönderenlere şu önerilerde bulunuyor:

- gönderinin değerini fişe yazdırmak;
- paketlemeden önce eşyanın fotoğrafını çekmek;
- fatura ve teslim belgesini karar çıkana kadar saklamak.
"""),

dict(id="h11-tr-003", lang="tr", tpl="nextjs", section="Spor", date="2026-01-27", byline="Mert Ayvalı",
     title="Tekerlekli sandalye basketbol takımı ilk kez Avrupa kupasında",
     sub="",
     caption="Yeşilırmak Engelliler SK oyuncuları antrenmanda.", credit="Fotoğraf: Kulüp arşivi",
     body="""
Yeşilırmak Engelliler Spor Kulübü'nün tekerlekli sandalye basketbol takımı, kuruluşundan 12 yıl sonra ilk kez bir Avrupa kupasına katılma hakkı kazandı.

Takım, geçen sezonu ligde üçüncü sırada tamamlamıştı. Federasyonun yaptığı değerlendirme sonrasında Mart ayında Portekiz'de oynanacak turnuvaya davet edildi.

Kulüp başkanı Nurettin Akçay, sevinçlerinin yanında büyük bir masraf endişesi taşıdıklarını söyledi. Turnuva için 14 sporcu ve 6 görevliyle birlikte sandalyelerin de uçakla taşınması gerekiyor.

"Bir maç sandalyesinin fiyatı bir otomobil kadar."

## Bağış kampanyası başladı

Kulüp, yolculuk masrafları için bir bağış kampanyası başlattı. Kampanyanın ilk haftasında 180 bin lira toplandı. Yolculuk için gereken toplam tutarın 600 bin lira olduğu hesaplanıyor.

Paylaşın, diyor takım kaptanı Gökhan Yurtsever; ona göre en büyük destek, kampanyanın mümkün olduğunca çok kişiye ulaşması.

Yurtsever, 2013'te geçirdiği trafik kazasından sonra basketbolla tanıştığını anlattı.

"Bu salon bana yeniden ayağa kalkmayı öğretti."

Takım, turnuvaya kadar haftada dört gün antrenman yapacak. Antrenörün en büyük hedefi, ilk maçta seyircinin önünde utanmamak. Belediye, kulübün spor salonunu hafta sonları da ücretsiz kullanmasına izin verdi.
"""),

dict(id="h11-de-001", lang="de", tpl="hugo", section="Gemeinde", date="2025-10-07", byline="Jana Oberholzer",
     title="Gemeinde zahlt jungen Feuerwehrleuten den Lkw-Führerschein",
     sub="Tagsüber fehlen in Ebertsweiler Fahrer für die Löschfahrzeuge.",
     caption="Das neue Löschfahrzeug der Feuerwehr Ebertsweiler.", credit="Foto: Feuerwehr Ebertsweiler",
     body="""
Die Gemeinde Ebertsweiler übernimmt ab sofort die Kosten für den Lkw-Führerschein von Mitgliedern der Freiwilligen Feuerwehr. Der Gemeinderat hat das am Montagabend einstimmig beschlossen.

Hintergrund ist ein Problem, das viele Wehren auf dem Land kennen: Tagsüber, wenn die meisten Mitglieder auswärts arbeiten, fehlen Leute, die das 16 Tonnen schwere Löschfahrzeug fahren dürfen.

Kommandant Rüdiger Faigle sagte, bei zwei Einsätzen im Sommer habe das Fahrzeug erst nach zwölf Minuten ausrücken können.

„Das sind zwölf Minuten, die wir nicht haben.“

## Bedingungen für die Förderung

Der Führerschein kostet rund 3.800 Euro. Die Gemeinde zahlt ihn unter folgenden Bedingungen:

- Die Mitglieder sind mindestens 18 Jahre alt;
- sie verpflichten sich, fünf Jahre aktiv zu bleiben;
- sie nehmen an den monatlichen Fahrübungen teil.

Wer früher aufhört, muss einen Teil der Kosten zurückzahlen. Bürgermeisterin Carola Heinzelmann sagte, man stehe mit zwei Nachbargemeinden in Kontakt, die ein ähnliches Modell prüfen.

Folgen könnte bald auch der Landkreis: Er will im Frühjahr über einen Zuschuss für alle Gemeinden beraten.

Sechs Feuerwehrleute haben sich bereits angemeldet, darunter zwei Frauen.

„Meinen Auto-Führerschein habe ich selbst bezahlt“, sagte die 19-jährige Lea Maucher. „Den hier hätte ich mir nicht leisten können.“
"""),

dict(id="h11-de-002", lang="de", tpl="legacy-br", section="Justiz", date="2025-06-12", byline="Wolfgang Ebner",
     title="Landhotel muss Brautpaar die Anzahlung zurückzahlen",
     sub="",
     caption="Das Landhotel am Rennweg.", credit="Foto: Archiv",
     body="""
Ein Landhotel im Kreis Sigmaringen muss einem Brautpaar die Anzahlung von 6.500 Euro für eine abgesagte Hochzeitsfeier vollständig zurückzahlen. Das hat das Amtsgericht Riedlingen entschieden.

Das Paar hatte die Feier für 120 Gäste gebucht. Drei Monate vor dem Termin teilte das Hotel mit, der Festsaal werde wegen eines Wasserschadens renoviert, und bot stattdessen ein Zelt im Garten an.

Das Paar lehnte ab und verlangte sein Geld zurück. Das Hotel wollte nur die Hälfte erstatten und berief sich auf seine Stornobedingungen.

## Zelt ist kein Festsaal

Das Gericht folgte dieser Sicht nicht. Gebucht worden sei ausdrücklich der Festsaal, ein Zelt sei eine andere Leistung, heißt es im Urteil.

Lesen lasse sich der Vertrag nicht anders, sagte die Richterin in der mündlichen Verhandlung: Der Saal stehe darin gleich zweimal, mit Größe und Namen.

Die Stornobedingungen des Hotels gelten nach dem Urteil nur, wenn die Gäste absagen, nicht wenn das Hotel die gebuchte Leistung nicht erbringen kann.

„Wir wollten doch nur in diesem Saal heiraten.“

Das Paar hat inzwischen in einem Gasthof im Nachbarort gefeiert. Das Hotel kann gegen das Urteil noch Berufung einlegen.
"""),

dict(id="h11-de-003", lang="de", tpl="semantic", section="Wissenschaft", date="2025-12-16", byline="Tobias Rauschert", low=1,
     title="Hochschule testet Streumittel aus Zuckerrübenresten",
     sub="",
     caption="Versuchsstrecke auf dem Campus.", credit="Foto: Hochschule Donautal",
     body="""
Auf einem Radweg am Campus der Hochschule Donautal wird in diesem Winter ein ungewöhnliches Streumittel getestet: eine Mischung aus wenig Salz und Resten aus der Zuckerrübenverarbeitung.

Die Forschungsgruppe um Professorin Miriam Achterberg will herausfinden, ob sich der Salzverbrauch im Winterdienst so um die Hälfte senken lässt. Salz schadet Bäumen am Straßenrand und greift Brücken und Fahrzeuge an.

Die Rübenreste fallen in der Zuckerfabrik im Nachbarort als Abfall an. Sie senken den Gefrierpunkt ebenfalls und haften länger auf dem Belag.

## Drei Abschnitte im Vergleich

Die Versuchsstrecke ist in drei Abschnitte geteilt: Einer wird mit reinem Salz gestreut, einer mit der Mischung und einer gar nicht. Sensoren im Belag messen Temperatur und Glätte.

„Wir wollen keine Meinung, wir wollen Messwerte.“

Die Stadtwerke unterstützen das Projekt. Wer wissen möchte, wie der Versuch läuft, findet die Zwischenergebnisse im Newsletter der Stadtwerke, der einmal im Monat erscheint.

Ein Nachteil zeigte sich bereits: Die Mischung ist bräunlich und riecht leicht süßlich.

„Ein paar Radfahrer haben gefragt, ob hier Sirup ausgelaufen ist“, sagte Achterberg.

Ergebnisse sollen im Frühjahr vorliegen. Bewährt sich das Mittel, will die Stadt es im nächsten Winter auf weiteren Radwegen einsetzen.
"""),

dict(id="h11-fr-001", lang="fr", tpl="hugo", section="Économie", date="2025-11-04", byline="Solène Picard",
     title="Des habitants rachètent la dernière station-service du canton",
     sub="Une société coopérative réunit 212 associés pour garder les pompes ouvertes.",
     caption="La station de Saint-Géry-des-Prés, rouverte samedi.", credit="Photo : Solène Picard",
     body="""
La dernière station-service du canton de Saint-Géry-des-Prés a rouvert samedi, trois mois après sa fermeture. Ce sont désormais les habitants qui en sont propriétaires.

Quand le gérant a pris sa retraite au printemps, aucun repreneur ne s'est présenté. Les automobilistes devaient alors faire 28 kilomètres pour trouver la pompe la plus proche.

Une société coopérative a été créée en juin. Elle compte aujourd'hui 212 associés, dont la commune, qui ont apporté au total 94 000 euros.

« On ne pouvait pas laisser partir ça aussi. »

## Un salarié et des bénévoles

La coopérative a embauché un salarié à plein temps, Jérôme Vialard, ancien chauffeur routier. Des bénévoles assurent les permanences du samedi.

Suivez la route départementale un dimanche matin, raconte la présidente de la coopérative, Annick Roussel, et vous comprendrez : la station est aussi le seul endroit où l'on achète le journal et du pain.

La coopérative est en contact avec un fournisseur pour installer une borne de recharge électrique l'an prochain. Elle prévoit aussi :

- un dépôt de gaz en bouteille ;
- un point relais pour les colis ;
- une baisse de quelques centimes pour les associés.

« Ce n'est pas une affaire de rentabilité, c'est une affaire de survie du village », résume Annick Roussel.
"""),

dict(id="h11-fr-002", lang="fr", tpl="blox", section="Justice", date="2025-05-22", byline="Baptiste Lherm",
     title="Un couvreur condamné pour avoir encaissé des acomptes sans faire les travaux",
     sub="Dix-neuf clients avaient versé au total 83 000 euros.",
     caption="Le tribunal correctionnel de Figeac-Haut.", credit="Photo : Baptiste Lherm",
     body="""
Un couvreur de 46 ans a été condamné mardi par le tribunal correctionnel de Figeac-Haut à deux ans de prison, dont un an avec sursis, pour avoir encaissé des acomptes sans jamais réaliser les travaux.

Entre 2022 et 2024, dix-neuf clients lui avaient versé au total 83 000 euros pour refaire leur toiture. La plupart n'ont plus eu de nouvelles après le versement.

À l'audience, plusieurs victimes ont décrit le même scénario : un devis rapide, une demande d'acompte de 40 %, puis des excuses répétées.

## Des photos de chantiers qui n'étaient pas les siens

Les enquêteurs ont découvert que les photos de toitures présentées aux clients comme ses réalisations avaient été copiées sur le site d'une autre entreprise.

Écouter les victimes suffisait à comprendre l'ampleur du préjudice, a souligné la procureure. Un couple de retraités a dû bâcher sa maison pendant tout l'hiver.

« Il avait l'air tellement sérieux. »

Le prévenu a reconnu avoir « perdu le contrôle » de son entreprise, tout en contestant toute intention de tromper ses clients.

Le tribunal lui a interdit d'exercer une activité commerciale pendant cinq ans. Il devra aussi rembourser les sommes versées.

L'avocate des parties civiles s'est dite satisfaite. Elle conseille désormais aux particuliers de ne jamais verser plus de 30 % avant le début d'un chantier.
"""),

dict(id="h11-fr-003", lang="fr", tpl="amp", section="Santé", date="2026-02-24", byline="Maëlle Cazottes",
     title="Le premier centre de santé municipal ouvre avec trois médecins salariés",
     sub="",
     caption="L'accueil du centre de santé des Tilleuls.", credit="Photo : Ville de Montbrison-le-Bas",
     body="""
Le centre de santé municipal de Montbrison-le-Bas a accueilli ses premiers patients lundi. Trois médecins généralistes y travaillent comme salariés de la commune.

Depuis le départ à la retraite de deux médecins en 2024, près de 3 000 habitants n'avaient plus de médecin traitant. Certains faisaient 40 kilomètres pour une consultation.

La commune a transformé l'ancienne perception des Tilleuls en cabinet médical pour 620 000 euros, dont la moitié financée par l'État et la région.

## Un salaire plutôt qu'un cabinet

Les trois médecins, âgés de 31 à 38 ans, disent avoir choisi le salariat pour ne pas avoir à gérer un cabinet.

« Je veux soigner, pas faire de la comptabilité. »

Le centre ouvre du lundi au vendredi et un samedi matin sur deux. Les habitants ont été prévenus par la lettre d'information de la mairie et par des affiches chez les pharmaciens.

Le maire, Gilles Ferrandon, reconnaît que le coût pour la commune sera d'environ 90 000 euros par an après les remboursements de l'Assurance maladie.

« C'est le prix d'un médecin pour tout le monde. »

Les demandes ont afflué dès la première semaine. Le centre donne la priorité aux patients sans médecin traitant et aux personnes de plus de 70 ans.
"""),

dict(id="h11-es-001", lang="es", tpl="amp", section="Sociedad", date="2025-10-28", byline="Irene Calatayud",
     title="Las vecinas de un barrio crean una red para que ningún mayor pase el día solo",
     sub="",
     caption="Voluntarias de la red del barrio de San Lázaro de Tordesalas.", credit="Foto: Irene Calatayud",
     body="""
Un grupo de vecinas del barrio de San Lázaro, en Tordesalas, ha creado una red de voluntarios para que ninguna persona mayor que vive sola pase un día entero sin hablar con alguien.

La red empezó hace un año con cinco mujeres y un grupo de WhatsApp. Hoy la forman 64 voluntarios que llaman o visitan cada día a 91 vecinos de más de 75 años.

La idea surgió después de que un vecino del barrio fuera encontrado en su casa cuatro días después de caerse.

«Nadie se había dado cuenta. Eso no podía volver a pasar.»

## Una llamada cada día

Cada voluntario se encarga de dos o tres personas. Los mayores dan su consentimiento por escrito para que la red guarde su teléfono y el de un familiar.

Comparte lo que puedas, aunque sea una llamada de cinco minutos, dice la coordinadora, Pilar Ezquerro: es el lema que repiten a cada nuevo voluntario.

La red está en contacto con el centro de salud del barrio, que avisa cuando un mayor sale del hospital. Los voluntarios también:

- acompañan a citas médicas;
- hacen la compra a quien no puede salir;
- organizan una merienda al mes en la parroquia.

Remedios Lacalle, de 88 años, recibe una llamada cada mañana a las diez.

«Si no suena el teléfono, ya sé que algo pasa.»
"""),

dict(id="h11-es-002", lang="es", tpl="sanity", section="Consumo", date="2025-08-05", byline="Gonzalo Arribas",
     title="Multa de 60.000 euros a una cadena de gimnasios por exigir la huella dactilar",
     sub="Protección de Datos concluye que los socios no podían negarse.",
     caption="Torno de acceso con lector de huella en un gimnasio.", credit="Foto: Gonzalo Arribas",
     body="""
La Agencia Española de Protección de Datos ha multado con 60.000 euros a la cadena de gimnasios Vitalia Fit por obligar a sus socios a registrar su huella dactilar para entrar en los centros.

La cadena, que tiene nueve gimnasios en la Ribera, instaló lectores de huella en los tornos de acceso en 2023. Los socios que no querían registrarse no podían entrar.

Según la resolución, la empresa pidió el consentimiento de los socios, pero ese consentimiento no era libre porque no existía otra forma de acceder.

«Si decir que no significa quedarse en la calle, no hay consentimiento», señala la Agencia.

## También las cookies

La resolución también reprocha a la web de la cadena que instalara cookies publicitarias antes de que los usuarios pudieran aceptarlas o rechazarlas.

Vitalia Fit deberá:

- ofrecer una tarjeta o un código como alternativa a la huella;
- borrar las huellas de los socios que lo pidan;
- corregir el aviso de cookies de su página web.

Sigue siendo legal usar la huella, aclara la abogada Marta Yagüe, especialista en protección de datos, siempre que el socio pueda elegir otra opción sin pagar más.

«Lo único que queríamos era entrar con la tarjeta de siempre», dijo uno de los socios que presentaron la reclamación.

La empresa puede recurrir la multa ante la Audiencia Nacional.
"""),

dict(id="h11-es-003", lang="es", tpl="wordpress", section="Deportes", date="2025-09-09", byline="Unai Olaizola",
     title="La trainera de Arenales gana su primera regata en treinta años",
     sub="",
     caption="La tripulación de Arenales celebra la victoria en el puerto.", credit="Foto: Club de Remo Arenales",
     body="""
La trainera del Club de Remo Arenales ganó el domingo la regata de la Bahía, su primera victoria en una competición oficial desde 1995.

La tripulación, formada por trece remeros y un patrón, recorrió las tres millas náuticas del campo de regatas en 20 minutos y 41 segundos, cuatro segundos menos que la embarcación de Punta Oria, favorita de la prueba.

El club estuvo a punto de desaparecer en 2018, cuando solo le quedaban siete remeros en activo.

## Una cantera reconstruida

La recuperación empezó con una escuela de remo para chavales de entre 12 y 16 años. Cinco de los remeros que ganaron el domingo salieron de aquella escuela.

Seguir la regata desde el espigón fue, para muchos vecinos, como volver a los años ochenta, cuando el club llenaba el puerto cada verano.

El patrón, Iker Salaberria, de 24 años, recordó a los socios que mantuvieron el club abierto en los peores años.

«Esta bandera es de ellos.»

El club celebrará la victoria el sábado con una comida popular en la lonja. La tripulación compite la próxima semana en la regata de Punta Oria, en aguas del rival.

«Allí ya no nos van a mirar igual», bromeó uno de los remeros.
"""),

dict(id="h11-ru-001", lang="ru", tpl="hugo", section="Транспорт", date="2025-11-25", byline="Егор Шаламов",
     title="В Камнегорске на линию вышли первые электробусы",
     sub="Восемь машин заменили автобусы на самом загруженном маршруте.",
     caption="Электробус на конечной остановке «Вокзал».", credit="Фото: Егор Шаламов",
     body="""
В Камнегорске на маршрут № 12 вышли первые восемь электробусов. Они заменили старые дизельные автобусы на самой загруженной линии города, которая связывает вокзал с микрорайоном Северный.

Каждая машина вмещает до 85 пассажиров и проходит на одной зарядке около 200 километров. Заряжаются электробусы ночью в парке и днём на конечной остановке у вокзала.

По словам директора транспортного предприятия Игоря Барсукова, обслуживание новых машин обойдётся почти вдвое дешевле, чем старых.

«Водители уже не хотят пересаживаться обратно».

## Как проверяли зимой

Перед запуском электробусы две недели ездили без пассажиров. Предприятие проверяло, как батареи держат заряд при морозе до минус 25 градусов.

Водитель Наталья Кузовлева рассказала, что в новой машине тише и теплее, чем в старом автобусе.

Подписаться на уведомления о движении электробусов можно в городском транспортном приложении. Там же видно, где находится машина.

Диспетчерская служба всё время на связи с водителями, чтобы при разряде батареи вовремя заменить машину. Город планирует:

- закупить ещё 16 электробусов в следующем году;
- построить вторую зарядную станцию;
- перевести на электробусы маршрут № 3.

Стоимость проезда не изменилась.
"""),

dict(id="h11-ru-002", lang="ru", tpl="cms", section="Суд", date="2025-07-08", byline="Ольга Мещерякова",
     title="Суд обязал авиакомпанию выплатить пассажирам компенсацию за задержку рейса на 19 часов",
     sub="",
     caption="Зал ожидания аэропорта Приозёрска.", credit="Фото: пресс-служба аэропорта",
     body="""
Приозёрский районный суд обязал авиакомпанию «Северный ветер» выплатить 43 пассажирам компенсацию за задержку рейса в Сочи на 19 часов. Каждый получит по 25 тысяч рублей, а также возмещение расходов на гостиницу и еду.

Рейс должен был вылететь вечером 2 августа прошлого года. Пассажиров трижды приглашали на посадку и каждый раз возвращали в зал ожидания.

Авиакомпания настаивала, что задержка произошла из-за погоды в Сочи. Однако суд запросил данные аэропорта назначения: в ту ночь он принимал рейсы других компаний.

## «Нас даже не покормили»

Пассажиры рассказали суду, что воду и еду им выдали только через восемь часов ожидания. Гостиницу предоставили лишь семьям с маленькими детьми.

«Мы ночевали на полу у выхода на посадку».

Прочитав решение, представитель пассажиров Артур Сагитов назвал его важным для всех, кто оказался в похожей ситуации.

По словам Сагитова, многие пассажиры не стали обращаться в суд, потому что не сохранили посадочные талоны и чеки.

Авиакомпания может обжаловать решение в течение месяца. В «Северном ветре» сообщили, что изучают решение суда.
"""),

dict(id="h11-ru-003", lang="ru", tpl="storybody", section="Наука", date="2025-06-17", byline="Виталий Дроздецкий",
     title="Орнитологи окольцевали рекордное число береговых ласточек",
     sub="",
     caption="Колония береговых ласточек на обрыве у Сосновки.", credit="Фото: Вера Лунёва",
     body="""
Орнитологи заповедника «Камышинские плавни» за один сезон окольцевали 3200 береговых ласточек. Это больше, чем за любые два предыдущих года вместе взятые.

Птиц ловили сетями у крупнейшей в области колонии на песчаном обрыве реки у села Сосновка. Там насчитали около 4500 гнездовых нор.

Кольцевание помогает понять, куда птицы улетают на зиму и сколько из них возвращается. Береговые ласточки зимуют в Африке, к югу от Сахары.

## Помощь школьников

В этом году учёным помогали 18 школьников из местного экологического кружка. Они записывали номера колец и вес каждой птицы.

Руководитель работ Вера Лунёва говорит, что с такими помощниками удалось работать вдвое быстрее.

«Дети ни разу не перепутали кольцо».

Поделиться своими находками может любой: если вы нашли птицу с кольцом, сообщите номер в заповедник. Каждая такая находка, по словам учёных, очень ценна.

Фотографии с обрыва школьники выложили на выставке в сельском клубе. Под каждым снимком подпись: «Фото: кружок "Зелёный берег"».

Следующее кольцевание пройдёт в июле, когда птенцы встанут на крыло.
"""),
]
